import { inspectWorkflow } from 'switchboard';
import { afterEach, describe, expect, it } from 'vitest';
import { startCall, step, type TestCall } from 'switchboard/testing';
import { AirlineStore } from './api/airline_store.js';
import { parseBookingReference, parseFlightNumber, parseSeat } from './tools/spoken.js';
import type { AirlineUserData } from './userdata.js';
import { airlineWorkflow } from './workflow.js';

let call: TestCall | undefined;
afterEach(async () => {
  await call?.close();
  call = undefined;
});

/** Monday, March 10, 2025, 10 AM. SK301 to Medford leaves at 11:30 AM, 90 minutes away. */
const monday = () => new Date(2025, 2, 10, 10, 0);

async function run(
  agent: string,
  tool: string,
  args: Record<string, unknown>,
  userData?: Partial<AirlineUserData>,
  store = new AirlineStore({ now: monday }),
) {
  const turn = step(tool, args);
  call = await startCall(airlineWorkflow({ store }), [turn], { at: agent, userData });
  return { ...(await call.use(turn)), store };
}

it('is a valid graph', () => {
  expect(inspectWorkflow(airlineWorkflow({ now: monday })).problems).toEqual([]);
});

describe('spoken forms', () => {
  it.each([
    ['K7QX2M', 'K7QX2M'],
    ['k 7 q x 2 m', 'K7QX2M'],
    ['K seven Q X two M', 'K7QX2M'],
    ['kilo seven quebec x-ray two mike', 'K7QX2M'],
    ['it is K7QX2M, Whitfield', 'K7QX2M'],
    ['K7QX', undefined],
  ])('reads the booking reference %j', (said, ref) => {
    expect(parseBookingReference(said)).toBe(ref);
  });

  it('reads flight numbers and seats', () => {
    expect(parseFlightNumber('flight one oh four')).toBe('SK104');
    expect(parseFlightNumber('SK 105')).toBe('SK105');
    expect(parseSeat('twelve a')).toBe('12A');
    expect(parseSeat('row 19 seat C')).toBeUndefined();
  });
});

describe('airline_info', () => {
  it('gives the baggage allowance of a fare and remembers the fare', async () => {
    const { output, isError } = await run('front_desk', 'airline_info', {
      topic: 'baggage_allowance',
      fare_class: 'basic',
    });
    expect(isError).toBe(false);
    expect(output).toBe(
      'A Basic fare includes no checked bag of up to 23 kilos (50 pounds), plus one carry-on and one personal item. Each extra checked bag is $35 when added by phone or online, up to 3 bags in all.',
    );
    expect(call!.userData.fareClass).toBe('basic');
  });

  it('says when check-in opens', async () => {
    const { output, isError } = await run('front_desk', 'airline_info', { topic: 'check_in' });
    expect(isError).toBe(false);
    expect(output).toMatch(/^Online check-in opens 24 hours before departure/);
  });

  it('refuses a topic it does not know', async () => {
    const { isError } = await run('front_desk', 'airline_info', { topic: 'hotels' });
    expect(isError).toBe(true);
  });
});

describe('find_booking', () => {
  it('reads a spelled reference and the booking, once the last name matches', async () => {
    const { output, isError } = await run('bookings', 'find_booking', {
      reference: 'K 7 Q X 2 M',
      last_name: 'whitfield',
    });
    expect(isError).toBe(false);
    expect(output).toBe(
      'Booking K 7 Q X 2 M for Dana Whitfield: SK 101 from Portland to Boise, Thursday, March 13 at 7:00 AM, Standard fare, seat 4C, one checked bag. What would they like to do with it?',
    );
    expect(call!.userData.bookingRef).toBe('K7QX2M');
  });

  it.each([
    [{ reference: 'K7QX2M', last_name: 'Smith' }, /The last name Smith does not match booking K 7 Q X 2 M/],
    [{ reference: 'K7QX2M' }, /Ask for the last name of the passenger/],
    [{ reference: 'ZZ9ZZ9', last_name: 'Smith' }, /There is no booking Z Z 9 Z Z 9/],
    [{ reference: 'K7Q', last_name: 'Whitfield' }, /"K7Q" is not a booking reference/],
    [{}, /Ask for the booking reference/],
  ])('refuses %j with what to ask', async (args, refusal) => {
    const { output, isError } = await run('bookings', 'find_booking', args);
    expect(isError).toBe(true);
    expect(output).toMatch(refusal);
    expect(output).not.toMatch(/Whitfield/);
    expect(call!.userData.bookingRef).toBeUndefined();
  });
});

describe('search_flights', () => {
  it('lists the route’s flights for the day with seats left and the change fee', async () => {
    const { output, isError } = await run('bookings', 'search_flights', {
      date: 'Friday',
      reference: 'K7QX2M',
      last_name: 'Whitfield',
    });
    expect(isError).toBe(false);
    expect(output).toBe(
      'On Friday, March 14, Portland to Boise: SK 101 at 7:00 AM, 5 seats left; SK 103 at 12:30 PM, 5 seats left; SK 105 at 6:15 PM, 5 seats left. Changing this Standard fare costs $75. Which flight would they like?',
    );
    expect(call!.userData.searchedDay).toBe('2025-03-14');
  });

  it('shows a full flight as full', async () => {
    const { output } = await run('bookings', 'search_flights', { date: 'Thursday' }, { bookingRef: 'K7QX2M' });
    expect(output).toMatch(/SK 101 at 7:00 AM, their current flight; SK 103 at 12:30 PM, full;/);
  });

  it.each([
    ['R4TN8B', 'Friday', /is a Basic fare, which cannot be changed/],
    ['K7QX2M', '2025-03-01', /Saturday, March 1 has passed/],
    ['K7QX2M', 'someday', /could not read "someday" as a day/],
    ['H2VD6P', 'tomorrow', /SK 301 leaves in less than 2 hours/],
    ['T8PB4Y', 'tomorrow', /was cancelled/],
  ])('refuses %s on %s', async (bookingRef, date, refusal) => {
    const { output, isError } = await run('bookings', 'search_flights', { date }, { bookingRef });
    expect(isError).toBe(true);
    expect(output).toMatch(refusal);
  });
});

describe('change_flight', () => {
  it('asks the caller to agree to the fee, then moves the booking and its seat', async () => {
    const store = new AirlineStore({ now: monday });
    const first = await run(
      'bookings',
      'change_flight',
      { flight_number: 'SK 105' },
      { bookingRef: 'K7QX2M', searchedDay: '2025-03-14' },
      store,
    );
    expect(first.isError).toBe(true);
    expect(first.output).toMatch(/costs a \$75 change fee\. Tell the caller and ask whether they agree/);
    expect(store.find('K7QX2M')!.flight).toBe('SK101');
    await call!.close();
    const second = await run(
      'bookings',
      'change_flight',
      { flight_number: 'flight one oh five', date: 'Friday', accept_fee: true },
      { bookingRef: 'K7QX2M' },
      store,
    );
    expect(second.isError).toBe(false);
    const b = store.find('K7QX2M')!;
    expect(b).toMatchObject({ flight: 'SK105', day: '2025-03-14' });
    expect(second.output).toBe(
      `Changed K 7 Q X 2 M to SK 105 on Friday, March 14, leaving 6:15 PM and arriving 8:40 PM, seat ${b.seat}. The $75 change fee goes on the card used for the booking. A new itinerary is emailed.`,
    );
    expect(store.flight('SK105', '2025-03-14').freeSeats).not.toContain(b.seat);
    expect(store.flight('SK101', '2025-03-13').freeSeats).toContain('4C');
  });

  it('changes a Flex fare for free', async () => {
    const { output, isError } = await run('bookings', 'change_flight', {
      flight_number: 'SK203',
      date: 'Wednesday',
      reference: 'F9LW3C',
      last_name: 'Nair',
    });
    expect(isError).toBe(false);
    expect(output).toMatch(/^Changed F 9 L W 3 C to SK 203 on Wednesday, March 12, .*There is no fee\./);
  });

  it.each([
    [{ bookingRef: 'K7QX2M' }, { flight_number: 'SK103', date: 'Thursday', accept_fee: true }, /is full/],
    [
      { bookingRef: 'K7QX2M' },
      { flight_number: 'SK201', date: 'Friday' },
      /flies Portland to Spokane, not Portland to Boise/,
    ],
    [{ bookingRef: 'K7QX2M' }, { flight_number: 'SK999', date: 'Friday' }, /"SK999" is not one of our flights/],
    [{ bookingRef: 'K7QX2M' }, { flight_number: 'SK101', date: 'Thursday' }, /already on/],
    [{ bookingRef: 'R4TN8B' }, { flight_number: 'SK106', date: 'Friday' }, /Basic fare, which cannot be changed/],
    [{ bookingRef: 'H2VD6P' }, { flight_number: 'SK301', date: 'tomorrow' }, /leaves in less than 2 hours/],
  ])('refuses %j %j', async (userData, args, refusal) => {
    const { output, isError, store } = await run('bookings', 'change_flight', args, userData);
    expect(isError).toBe(true);
    expect(output).toMatch(refusal);
    expect(store.find(userData.bookingRef!)!.status).toBe('confirmed');
  });

  it('will not move onto a flight leaving within two hours', async () => {
    // Wednesday 5:30 AM: SK101 leaves at 7:00 AM, 90 minutes away.
    const early = () => new Date(2025, 2, 12, 5, 30);
    const { output, isError, store } = await run(
      'bookings',
      'change_flight',
      { flight_number: 'SK101', date: 'today', accept_fee: true },
      { bookingRef: 'K7QX2M' },
      new AirlineStore({ now: early }),
    );
    expect(isError).toBe(true);
    expect(output).toMatch(/SK 101 on Wednesday, March 12 leaves in less than 2 hours, too soon to change onto/);
    expect(store.find('K7QX2M')!.day).toBe('2025-03-15');
  });
});

describe('choose_seat', () => {
  it('reads out the free seats, then takes one', async () => {
    const store = new AirlineStore({ now: monday });
    const map = await run('bookings', 'choose_seat', {}, { bookingRef: 'K7QX2M' }, store);
    expect(map.isError).toBe(false);
    expect(map.output).toMatch(/^Free seats on SK 101: \d+A window, /);
    const free = store.flight('SK101', '2025-03-13').freeSeats;
    const pick = free.find((s) => s.endsWith('D'))!;
    await call!.close();
    const taken = await run('bookings', 'choose_seat', { seat: pick }, { bookingRef: 'K7QX2M' }, store);
    expect(taken.isError).toBe(false);
    expect(taken.output).toBe(`Seat ${pick}, window, is now theirs on SK 101 on Thursday, March 13.`);
    expect(store.find('K7QX2M')!.seat).toBe(pick);
    expect(store.flight('SK101', '2025-03-13').freeSeats).toContain('4C');
    expect(store.flight('SK101', '2025-03-13').freeSeats).not.toContain(pick);
  });

  it('gives a Basic passenger a window seat for the seat fee', async () => {
    const { output, isError, store } = await run('bookings', 'choose_seat', {
      preference: 'window',
      reference: 'R4TN8B',
      last_name: 'Lee',
    });
    expect(isError).toBe(false);
    expect(output).toMatch(
      /^Seat \d+[AD], window, is now theirs on SK 104 on Tuesday, March 11\. On a Basic fare a chosen seat is \$15/,
    );
    expect(store.find('R4TN8B')!.seat).toMatch(/[AD]$/);
  });

  it.each([
    [{ seat: '4C' }, 'K7QX2M', /Seat 4C is already theirs/],
    [{ seat: '1A' }, 'K7QX2M', /Seat 1A is taken\. Free now:/],
    [{ seat: 'row 40' }, 'K7QX2M', /"row 40" is not a seat on our planes/],
    [{ preference: 'aisle' }, 'H2VD6P', /less than 2 hours/],
  ])('refuses %j on %s', async (args, bookingRef, refusal) => {
    const { output, isError } = await run('bookings', 'choose_seat', args, { bookingRef });
    expect(isError).toBe(true);
    expect(output).toMatch(refusal);
  });
});

describe('add_checked_bag', () => {
  it('charges for bags beyond the fare', async () => {
    const { output, isError, store } = await run('bookings', 'add_checked_bag', { count: 2 }, { bookingRef: 'R4TN8B' });
    expect(isError).toBe(false);
    expect(output).toBe(
      'Added 2 checked bags to R 4 T N 8 B, which now has 2 checked bags. That is $70, charged to the card used for the booking.',
    );
    expect(store.find('R4TN8B')!.bags).toBe(2);
  });

  it.each([
    ['F9LW3C', 2, /at most 3 checked bags and F 9 L W 3 C already has 2/],
    ['M5JC8Z', 1, /has already left/],
  ])('refuses %s +%d', async (bookingRef, count, refusal) => {
    const { output, isError } = await run('bookings', 'add_checked_bag', { count }, { bookingRef });
    expect(isError).toBe(true);
    expect(output).toMatch(refusal);
  });
});

describe('cancel_booking', () => {
  it('turns a Standard fare into a travel credit less the fee and frees the seat', async () => {
    const { output, isError, store } = await run('bookings', 'cancel_booking', {
      reference: 'K7QX2M',
      last_name: 'Whitfield',
    });
    expect(isError).toBe(false);
    expect(output).toBe(
      'Cancelled K 7 Q X 2 M. After the $50 cancellation fee, a travel credit of $139.00 is emailed to Dana Whitfield, good for 12 months on any Skyway Air flight.',
    );
    expect(store.find('K7QX2M')!.status).toBe('cancelled');
    expect(store.flight('SK101', '2025-03-13').freeSeats).toContain('4C');
  });

  it('refunds a Flex fare in full', async () => {
    const { output, isError } = await run('bookings', 'cancel_booking', {}, { bookingRef: 'F9LW3C' });
    expect(isError).toBe(false);
    expect(output).toBe(
      'Cancelled F 9 L W 3 C. The full $249.00 goes back to the card used for the booking within seven working days.',
    );
  });

  it.each([
    ['R4TN8B', /Basic fare: it cannot be refunded/],
    ['T8PB4Y', /already cancelled/],
    ['H2VD6P', /less than 2 hours/],
  ])('refuses %s', async (bookingRef, refusal) => {
    const { output, isError, store } = await run('bookings', 'cancel_booking', {}, { bookingRef });
    expect(isError).toBe(true);
    expect(output).toMatch(refusal);
    if (bookingRef !== 'T8PB4Y') expect(store.find(bookingRef)!.status).toBe('confirmed');
  });
});

describe('report_delayed_bag', () => {
  const bag = {
    reference: 'M 5 J C 8 Z',
    bag_tag: 'SK482914',
    description: 'blue backpack with a yellow tag',
    delivery_address: '2140 NW Flanders Street, Portland',
  };

  it('opens a report and gives the file number', async () => {
    const { output, isError, store } = await run('baggage', 'report_delayed_bag', bag);
    expect(isError).toBe(false);
    expect(output).toBe(
      'Report BR-30501 is open for the blue backpack with a yellow tag, tag SK482914, from SK 202. Once found it is delivered free to 2140 NW Flanders Street, Portland, and the baggage team calls within two days. Keep receipts for essentials: up to $50 a day is refunded while the bag is delayed.',
    );
    expect(store.bagReport('BR-30501')).toMatchObject({ tag: 'SK482914', status: 'searching' });
    expect(call!.userData.bagFile).toBe('BR-30501');
  });

  it.each([
    [{ bag_tag: 'SK482913' }, /already has report BR-30417/],
    [{ bag_tag: 'SK111111' }, /Bag tag SK111111 is not on booking M 5 J C 8 Z/],
    [{ bag_tag: 'tag' }, /"tag" is not a bag tag number/],
    [{ reference: 'K7QX2M' }, /has not flown yet/],
    [{ reference: 'ZZ9ZZ9' }, /There is no booking Z Z 9 Z Z 9/],
    [{ delivery_address: 'my house' }, /not a full street address/],
  ])('refuses %j', async (change, refusal) => {
    const { output, isError, store } = await run('baggage', 'report_delayed_bag', { ...bag, ...change });
    expect(isError).toBe(true);
    expect(output).toMatch(refusal);
    expect(store.bagReports).toHaveLength(2);
  });
});

describe('track_bag', () => {
  it('says where the bag is', async () => {
    const { output, isError } = await run('baggage', 'track_bag', { file_number: 'B R three zero four one seven' });
    expect(isError).toBe(false);
    expect(output).toBe(
      'Report BR-30417, the black hard-shell suitcase with a red strap (tag SK482913), is found. It was found in Spokane and flies to Portland on SK204 tonight; a courier delivers it tomorrow morning. Delivery is to 2140 NW Flanders Street, Portland.',
    );
    expect(call!.userData.bagFile).toBe('BR-30417');
  });

  it.each([
    [{ file_number: 'BR-99999' }, /There is no bag report BR-99999/],
    [{ file_number: 'my bag' }, /"my bag" is not a bag report file number/],
    [{}, /Ask for the file number/],
  ])('refuses %j', async (args, refusal) => {
    const { output, isError } = await run('baggage', 'track_bag', args);
    expect(isError).toBe(true);
    expect(output).toMatch(refusal);
  });
});

describe('flight_status', () => {
  it.each([
    [
      { flight_number: 'SK 104' },
      'SK 104 today, Boise to Portland, is delayed by a late incoming aircraft: it now leaves at 4:50 PM instead of 3:40 PM, from gate A3.',
    ],
    [
      { flight_number: 'SK203', day: 'tomorrow' },
      'SK 203 tomorrow, Portland to Spokane, is cancelled because of a crew shortage. Passengers are rebooked automatically and get a text; a booking can also be moved for free.',
    ],
    [
      { flight_number: 'flight two oh one', day: 'tomorrow' },
      'SK 201 tomorrow, Portland to Spokane, is on time: it leaves at 8:45 AM from gate C2 and arrives at 9:55 AM.',
    ],
    [{ flight_number: 'SK302' }, 'SK 302 today, Medford to Portland, left at 6:20 AM from gate 3.'],
  ])('gives the status of %j', async (args, status) => {
    const { output, isError } = await run('flight_status', 'flight_status', args);
    expect(isError).toBe(false);
    expect(output).toBe(status);
  });

  it('refuses a flight we do not fly', async () => {
    const { output, isError } = await run('flight_status', 'flight_status', { flight_number: 'SK 999' });
    expect(isError).toBe(true);
    expect(output).toMatch(/"SK 999" is not a Skyway Air flight/);
  });
});
