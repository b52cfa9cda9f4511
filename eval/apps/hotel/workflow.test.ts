import { inspectWorkflow } from 'switchboard';
import { afterEach, describe, expect, it } from 'vitest';
import { startCall, step, type TestCall } from 'switchboard/testing';
import { HotelDesk } from './api/hotel_desk.js';
import { parseClock } from './tools/guest_services.js';
import type { HotelUserData } from './userdata.js';
import { hotelWorkflow } from './workflow.js';

let call: TestCall | undefined;
afterEach(async () => {
  await call?.close();
  call = undefined;
});

/** Monday, March 10, 2025, 10 AM. LH-3807 checks in tomorrow at 3 PM, 29 hours away. */
const monday = () => new Date(2025, 2, 10, 10, 0);

async function run(
  agent: string,
  tool: string,
  args: Record<string, unknown>,
  userData?: Partial<HotelUserData>,
  desk = new HotelDesk({ now: monday }),
) {
  const turn = step(tool, args);
  call = await startCall(hotelWorkflow({ desk }), [turn], { at: agent, userData });
  return { ...(await call.use(turn)), desk };
}

it('is a valid graph', () => {
  expect(inspectWorkflow(hotelWorkflow({ now: monday })).problems).toEqual([]);
});

describe('check_availability', () => {
  it('quotes a room for the dates and party and remembers the quote', async () => {
    const { output, isError } = await run('reservations', 'check_availability', {
      check_in: 'Wednesday',
      check_out: 'for 3 nights',
      guests: 2,
      room_type: 'king',
    });
    expect(isError).toBe(false);
    expect(output).toBe(
      'A king room is free from Wednesday, March 12 to Saturday, March 15 for 2: 3 nights at $189, $567.00 before extras. Check-in is from 3 PM. Shall I book it?',
    );
    expect(call!.userData).toMatchObject({
      roomType: 'king',
      guests: 2,
      checkIn: '2025-03-12',
      checkOut: '2025-03-15',
      quotedCents: 56700,
    });
  });

  it('reads a length said with the arrival day', async () => {
    const { output, isError } = await run('reservations', 'check_availability', {
      check_in: 'next Friday for two nights',
      guests: 1,
      room_type: 'queen',
    });
    expect(isError).toBe(false);
    expect(output).toMatch(/^A queen room is free from Friday, March 14 to Sunday, March 16 for 1: 2 nights at \$149/);
  });

  it('lists the free room types that sleep the party when none was picked', async () => {
    const { output, isError } = await run('reservations', 'check_availability', {
      check_in: '2025-03-11',
      check_out: '2025-03-12',
      guests: 3,
    });
    expect(isError).toBe(false);
    // The lake suite is taken for the next three nights.
    expect(output).toBe(
      'Free from Tuesday, March 11 to Wednesday, March 12 for 3: a king room at $189 a night, a family suite at $259 a night. Which would they like?',
    );
    expect(call!.userData.quotedCents).toBeUndefined();
  });

  it('offers other rooms when the one asked for is full', async () => {
    const { output, isError } = await run('reservations', 'check_availability', {
      check_in: 'Friday',
      check_out: 'Sunday',
      guests: 4,
      room_type: 'family_suite',
    });
    expect(isError).toBe(true);
    expect(output).toBe('No family suite is free from Friday, March 14 to Sunday, March 16. Offer other days.');
  });

  it.each([
    [{ check_in: '2025-03-07', check_out: '2025-03-09', guests: 2 }, /arrival day has passed/],
    [{ check_in: 'Friday', check_out: 'Thursday', guests: 2 }, /must be after the arrival day/],
    [{ check_in: 'tomorrow', check_out: '2025-04-20', guests: 2 }, /at most 21 nights; this would be 40/],
    [{ check_in: 'someday', check_out: 'later', guests: 2 }, /could not read "someday" as a day/],
    [{ check_in: 'tomorrow', check_out: 'for 2 nights' }, /Ask how many people will stay/],
    [{ check_in: 'tomorrow', check_out: 'for 2 nights', guests: 7 }, /No single room sleeps 7/],
    [
      { check_in: 'tomorrow', check_out: 'for 2 nights', guests: 3, room_type: 'queen' },
      /A queen room sleeps at most 2, and they are 3\. Offer a king room/,
    ],
  ])('refuses %j with what to ask instead', async (args, refusal) => {
    const { output, isError } = await run('reservations', 'check_availability', args);
    expect(isError).toBe(true);
    expect(output).toMatch(refusal);
    expect(call!.userData.quotedCents).toBeUndefined();
  });
});

describe('book_room', () => {
  const quoted: Partial<HotelUserData> = {
    roomType: 'queen',
    guests: 2,
    checkIn: '2025-03-12',
    checkOut: '2025-03-14',
    quotedCents: 29800,
  };

  it('books the quoted room under the guest’s name', async () => {
    const { output, isError, desk } = await run(
      'reservations',
      'book_room',
      { guest_name: 'Anna Berg', phone: '206 555 0190' },
      quoted,
    );
    expect(isError).toBe(false);
    expect(output).toBe(
      'Booked LH-7301: a queen room for Anna Berg, 2 guests, arriving Wednesday, March 12 and leaving Friday, March 14, $298.00. The confirmation is texted to two zero six, five five five, zero one nine zero. Offer breakfast, parking or late checkout.',
    );
    expect(desk.find('LH-7301')).toMatchObject({ guestName: 'Anna Berg', phone: '2065550190', status: 'confirmed' });
    expect(call!.userData.bookingCode).toBe('LH-7301');
  });

  it('will not book before a quote', async () => {
    const { output, isError, desk } = await run('reservations', 'book_room', {
      guest_name: 'Anna Berg',
      phone: '206 555 0190',
    });
    expect(isError).toBe(true);
    expect(output).toMatch(/Nothing is quoted yet/);
    expect(desk.find('LH-7301')).toBeUndefined();
  });
});

describe('find_booking', () => {
  it('reads a spoken code and says the booking back', async () => {
    const { output, isError } = await run('my_stay', 'find_booking', {
      code: 'L H two four five one',
      surname: 'Lindqvist',
    });
    expect(isError).toBe(false);
    expect(output).toBe(
      'Booking LH-2451 is confirmed: a king room, two guests, arriving Sunday, March 16 and leaving Wednesday, March 19, three nights, with no extras, $567.00 in all.',
    );
    expect(call!.userData.bookingCode).toBe('LH-2451');
  });

  it('checks the surname without saying whose booking it is', async () => {
    const { output, isError } = await run('my_stay', 'find_booking', { code: 'LH-2451', surname: 'Smith' });
    expect(isError).toBe(true);
    expect(output).toMatch(/The surname Smith does not match booking LH-2451/);
    expect(output).not.toMatch(/Lindqvist/);
    expect(call!.userData.bookingCode).toBeUndefined();
  });

  it.each([
    [{ code: 'LH-9999', surname: 'Smith' }, /There is no booking LH-9999/],
    [{ code: 'banana', surname: 'Smith' }, /"banana" is not a confirmation code/],
    [{}, /Ask for the confirmation code/],
    [{ code: 'LH-2451' }, /Ask for the surname the booking LH-2451 is under/],
  ])('refuses %j', async (args, refusal) => {
    const { output, isError } = await run('my_stay', 'find_booking', args);
    expect(isError).toBe(true);
    expect(output).toMatch(refusal);
  });
});

describe('change_dates', () => {
  it('moves a stay and gives the new price', async () => {
    const { output, isError, desk } = await run(
      'my_stay',
      'change_dates',
      { new_check_out: 'for 4 nights' },
      { bookingCode: 'LH-2451' },
    );
    expect(isError).toBe(false);
    expect(output).toBe(
      'Changed LH-2451: arriving Sunday, March 16, leaving Thursday, March 20, 4 nights, now $756.00, $189.00 more.',
    );
    expect(desk.find('LH-2451')!.checkOut).toBe('2025-03-20');
  });

  it('moves the whole stay, keeping its length, when only the arrival changes', async () => {
    const { output, isError } = await run(
      'my_stay',
      'change_dates',
      { new_check_in: '2025-03-23' },
      { bookingCode: 'LH-2451' },
    );
    expect(isError).toBe(false);
    expect(output).toBe(
      'Changed LH-2451: arriving Sunday, March 23, leaving Wednesday, March 26, three nights, now $567.00, the same as before.',
    );
  });

  it('lets a guest in the house stay on, but not move the arrival', async () => {
    const desk = new HotelDesk({ now: monday });
    const on = await run('my_stay', 'change_dates', { new_check_out: 'Thursday' }, { bookingCode: 'LH-6633' }, desk);
    expect(on.isError).toBe(false);
    expect(on.output).toMatch(/^Changed LH-6633: arriving Saturday, March 8, leaving Thursday, March 13/);
    await call!.close();
    const moved = await run('my_stay', 'change_dates', { new_check_in: 'Friday' }, { bookingCode: 'LH-6633' }, desk);
    expect(moved.isError).toBe(true);
    expect(moved.output).toMatch(/already arrived, so only the departure day can change/);
  });

  it.each([
    ['LH-2451', {}, /Ask which days they want instead/],
    ['LH-2451', { new_check_in: '2025-03-01' }, /arrival day has passed/],
    ['LH-1789', { new_check_in: 'Friday' }, /was cancelled/],
    ['LH-4096', { new_check_out: 'Friday' }, /The stay LH-4096 is over/],
  ])('refuses %s %j', async (code, args, refusal) => {
    const { output, isError } = await run('my_stay', 'change_dates', args, { bookingCode: code });
    expect(isError).toBe(true);
    expect(output).toMatch(refusal);
  });
});

describe('cancel_booking', () => {
  it('cancels free of charge more than 48 hours before check-in', async () => {
    const { output, isError, desk } = await run('my_stay', 'cancel_booking', {
      code: 'LH-2451',
      surname: 'lindqvist',
    });
    expect(isError).toBe(false);
    expect(output).toBe(
      'Cancelled LH-2451. There is no charge. A cancellation text goes to the number on the booking.',
    );
    expect(desk.find('LH-2451')!.status).toBe('cancelled');
  });

  it('asks the caller to agree to the first night before cancelling late', async () => {
    const desk = new HotelDesk({ now: monday });
    const first = await run('my_stay', 'cancel_booking', { code: 'LH-3807', surname: 'Patel' }, {}, desk);
    expect(first.isError).toBe(true);
    expect(first.output).toMatch(/costs the first night, \$149\.00\. Tell the caller/);
    expect(desk.find('LH-3807')!.status).toBe('confirmed');
    await call!.close();
    const second = await run('my_stay', 'cancel_booking', { accept_fee: true }, { bookingCode: 'LH-3807' }, desk);
    expect(second.isError).toBe(false);
    expect(second.output).toBe(
      'Cancelled LH-3807. The first night, $149.00, goes on the card. A cancellation text goes to the number on the booking.',
    );
    expect(desk.find('LH-3807')!.status).toBe('cancelled');
  });

  it.each([
    ['LH-1789', /already cancelled/],
    ['LH-5120', /already checked in/],
  ])('refuses %s', async (code, refusal) => {
    const { output, isError } = await run('my_stay', 'cancel_booking', {}, { bookingCode: code });
    expect(isError).toBe(true);
    expect(output).toMatch(refusal);
  });
});

describe('add_extra', () => {
  it('adds breakfast for every guest by default, then refuses more than one each', async () => {
    const desk = new HotelDesk({ now: monday });
    const first = await run('my_stay', 'add_extra', { extra: 'breakfast' }, { bookingCode: 'LH-2451' }, desk);
    expect(first.isError).toBe(false);
    expect(first.output).toBe('Added breakfast for 2 to LH-2451, $18 a night each: $108.00. The stay is now $675.00.');
    await call!.close();
    const more = await run('my_stay', 'add_extra', { extra: 'breakfast', count: 1 }, { bookingCode: 'LH-2451' }, desk);
    expect(more.isError).toBe(true);
    expect(more.output).toMatch(/Breakfast is one per guest: LH-2451 has two guests and breakfast for 2 already/);
  });

  it('adds late checkout once', async () => {
    const { output, isError } = await run(
      'my_stay',
      'add_extra',
      { extra: 'late_checkout' },
      { bookingCode: 'LH-2451' },
    );
    expect(isError).toBe(false);
    expect(output).toBe('Added one late checkout until 2 PM to LH-2451: $40.00. The stay is now $607.00.');
  });

  it('allows at most two parking spaces', async () => {
    const { output, isError } = await run(
      'my_stay',
      'add_extra',
      { extra: 'parking', count: 2 },
      { bookingCode: 'LH-3807' },
    );
    expect(isError).toBe(true);
    expect(output).toMatch(/at most two parking spaces, and LH-3807 already has 1/);
  });

  it('works in reservations on the booking just made', async () => {
    const { output, isError } = await run(
      'reservations',
      'add_extra',
      { extra: 'parking' },
      { bookingCode: 'LH-2451' },
    );
    expect(isError).toBe(false);
    expect(output).toMatch(/^Added one parking space to LH-2451, \$20 a night each: \$60\.00/);
  });
});

describe('add_request', () => {
  it('notes a request on the booking', async () => {
    const { output, isError, desk } = await run('my_stay', 'add_request', {
      request: 'arriving around 11 PM',
      code: 'LH-2451',
      surname: 'Lindqvist',
    });
    expect(isError).toBe(false);
    expect(output).toBe(
      'Noted on LH-2451: arriving around 11 PM. The front desk will do its best; requests are not guaranteed.',
    );
    expect(desk.find('LH-2451')!.requests).toEqual(['arriving around 11 PM']);
  });

  it.each([
    ['LH-5120', 'a crib in the room', /already noted on LH-5120/],
    ['LH-2451', 'a', /Ask what they would like noted/],
    ['LH-4096', 'extra pillows', /The stay LH-4096 is over/],
  ])('refuses %s "%s"', async (code, request, refusal) => {
    const { output, isError } = await run('my_stay', 'add_request', { request }, { bookingCode: code });
    expect(isError).toBe(true);
    expect(output).toMatch(refusal);
  });
});

describe('request_service', () => {
  it('sends maintenance to a guest’s room', async () => {
    const { output, isError, desk } = await run('guest_services', 'request_service', {
      service: 'maintenance',
      details: 'no hot water in the shower',
      room_number: 'two one four',
      surname: 'Moreno',
    });
    expect(isError).toBe(false);
    expect(output).toBe(
      'Maintenance will be at room 214 in about 30 minutes, ticket GS-401: no hot water in the shower.',
    );
    expect(desk.tickets).toHaveLength(1);
    expect(call!.userData).toMatchObject({ roomNumber: '214', serviceTicket: 'GS-401' });
  });

  it.each([
    [{ room_number: '305', surname: 'Moreno' }, /No guest is staying in room 305 now/],
    [{ room_number: '214', surname: 'Grant' }, /The surname Grant does not match room 214/],
    [{ room_number: '214' }, /Ask for the surname of the guest staying in room 214/],
    [{}, /Ask for the room number/],
    [{ room_number: '301', surname: 'Becker' }, /No guest is staying in room 301 now/],
  ])('refuses %j', async (args, refusal) => {
    const { output, isError } = await run('guest_services', 'request_service', {
      service: 'towels_and_amenities',
      details: 'two more towels',
      ...args,
    });
    expect(isError).toBe(true);
    expect(output).toMatch(refusal);
    expect(output).not.toMatch(/Moreno/);
  });

  it('does not send the same service twice', async () => {
    const desk = new HotelDesk({ now: monday });
    await run(
      'guest_services',
      'request_service',
      { service: 'noise', details: 'loud music next door' },
      { roomNumber: '108' },
      desk,
    );
    await call!.close();
    const again = await run(
      'guest_services',
      'request_service',
      { service: 'noise', details: 'still loud' },
      { roomNumber: '108' },
      desk,
    );
    expect(again.isError).toBe(true);
    expect(again.output).toMatch(/already on the way to room 108 under ticket GS-401/);
  });
});

describe('schedule_wake_up', () => {
  it('books the next such morning', async () => {
    const { output, isError, desk } = await run('guest_services', 'schedule_wake_up', {
      time: '6:30',
      room_number: '214',
      surname: 'Moreno',
    });
    expect(isError).toBe(false);
    expect(output).toBe('Wake-up call booked for room 214 at 6:30 AM on Tuesday, March 11.');
    expect(desk.wakeUps).toEqual([{ id: 'WU-51', room: '214', at: '2025-03-11 06:30' }]);
  });

  it.each([
    [{ time: 'whenever' }, /could not read "whenever" as a time/],
    [{ time: '7 AM', day: 'Thursday' }, /checks out on Wednesday, March 12 at 11 AM/],
    [{ time: '8 AM', day: 'today' }, /8:00 AM on Monday, March 10 has passed/],
    [{ time: '7 AM', day: 'someday' }, /could not read "someday" as a day/],
  ])('refuses %j', async (args, refusal) => {
    const { output, isError } = await run('guest_services', 'schedule_wake_up', args, { roomNumber: '214' });
    expect(isError).toBe(true);
    expect(output).toMatch(refusal);
  });

  it('reads times as guests say them', () => {
    expect(parseClock('6:30 a.m.')).toEqual([6, 30]);
    expect(parseClock('half past six')).toEqual([6, 30]);
    expect(parseClock('seven forty five')).toEqual([7, 45]);
    expect(parseClock('9pm')).toEqual([21, 0]);
    expect(parseClock('noonish')).toBeUndefined();
  });
});
