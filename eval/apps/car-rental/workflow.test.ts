import { inspectWorkflow } from 'switchboard';
import { afterEach, describe, expect, it } from 'vitest';
import { startCall, step, type TestCall } from 'switchboard/testing';
import { RentalDesk } from './api/rental_desk.js';
import type { RentalUserData } from './userdata.js';
import { carRentalWorkflow } from './workflow.js';

let call: TestCall | undefined;
afterEach(async () => {
  await call?.close();
  call = undefined;
});

/** Monday, March 10, 2025, 10 AM. RT-7012's pick-up is tomorrow at 9 AM, 23 hours away. */
const monday = () => new Date(2025, 2, 10, 10, 0);

async function run(
  agent: string,
  tool: string,
  args: Record<string, unknown>,
  userData?: Partial<RentalUserData>,
  desk = new RentalDesk({ now: monday }),
) {
  const turn = step(tool, args);
  call = await startCall(carRentalWorkflow({ desk }), [turn], { at: agent, userData });
  return { ...(await call.use(turn)), desk };
}

it('is a valid graph', () => {
  expect(inspectWorkflow(carRentalWorkflow({ now: monday })).problems).toEqual([]);
});

describe('check_availability', () => {
  it('quotes a class for the days and remembers the quote', async () => {
    const { output, isError } = await run('reservations', 'check_availability', {
      pick_up_date: 'Friday',
      return_date: 'for 4 days',
      car_class: 'midsize',
    });
    expect(isError).toBe(false);
    expect(output).toBe(
      'A midsize, a Honda Accord or similar, is free from Friday, March 14 to Tuesday, March 18 with a morning pick-up: 4 days at $55 a day, $220.00 before extras. A $250 deposit is held on the card at pick-up. Shall I reserve it?',
    );
    expect(call!.userData).toMatchObject({
      carClass: 'midsize',
      pickUpDate: '2025-03-14',
      returnDate: '2025-03-18',
      quotedCents: 22000,
    });
  });

  it('offers the free classes when the one asked for is sold out', async () => {
    const { output, isError } = await run('reservations', 'check_availability', {
      pick_up_date: '2025-03-14',
      return_date: '2025-03-16',
      car_class: 'minivan',
    });
    expect(isError).toBe(true);
    expect(output).toMatch(
      /^No minivan is free from Friday, March 14 to Sunday, March 16\. Offer economy at \$39 a day/,
    );
    expect(call!.userData.quotedCents).toBeUndefined();
  });

  it.each([
    [{ pick_up_date: '2025-03-07', return_date: '2025-03-09' }, /pick-up day has passed/],
    [{ pick_up_date: 'Friday', return_date: 'Thursday' }, /must be after the pick-up day/],
    [{ pick_up_date: 'tomorrow', return_date: '2025-05-01' }, /at most 30 days; this would be 51/],
    [{ pick_up_date: 'someday', return_date: 'later' }, /could not read "someday" as a day/],
    [{ pick_up_date: 'today', return_date: 'Friday', pick_up_time: 'morning' }, /too late for a morning pick-up today/],
  ])('refuses %j with what to ask instead', async (args, refusal) => {
    const { output, isError } = await run('reservations', 'check_availability', { car_class: 'economy', ...args });
    expect(isError).toBe(true);
    expect(output).toMatch(refusal);
  });
});

describe('reserve_car', () => {
  const quoted: Partial<RentalUserData> = {
    carClass: 'suv',
    pickUpDate: '2025-03-12',
    returnDate: '2025-03-13',
    pickUpTime: 'afternoon',
    quotedCents: 7900,
  };

  it('reserves the quoted car under the driver’s name', async () => {
    const { output, isError, desk } = await run(
      'reservations',
      'reserve_car',
      { driver_name: 'Jamie Fox', phone: '617 555 0123' },
      quoted,
    );
    expect(isError).toBe(false);
    expect(output).toBe(
      'Reserved RT-8101: an SUV for Jamie Fox, picked up Wednesday, March 12 in the afternoon and returned Thursday, March 13, $79.00 before extras. The details are texted to six one seven, five five five, zero one two three.',
    );
    expect(desk.find('RT-8101')).toMatchObject({ driverName: 'Jamie Fox', phone: '6175550123', status: 'reserved' });
    expect(call!.userData.bookingRef).toBe('RT-8101');
  });

  it('will not reserve before a quote', async () => {
    const { output, isError, desk } = await run('reservations', 'reserve_car', {
      driver_name: 'Jamie Fox',
      phone: '617 555 0123',
    });
    expect(isError).toBe(true);
    expect(output).toMatch(/Nothing is quoted yet/);
    expect(desk.find('RT-8101')).toBeUndefined();
  });
});

describe('existing bookings', () => {
  it('checks the surname before touching a booking, without saying whose it is', async () => {
    const { output, isError } = await run('my_booking', 'change_booking', {
      reference: 'RT-4821',
      last_name: 'Smith',
      new_return_date: '2025-03-20',
    });
    expect(isError).toBe(true);
    expect(output).toMatch(/The surname Smith does not match booking RT-4821/);
    expect(output).not.toMatch(/Whitfield/);
  });

  it('reads a spoken reference and moves the return day, with the new price', async () => {
    const { output, isError, desk } = await run('my_booking', 'change_booking', {
      reference: 'R T four eight two one',
      last_name: 'Whitfield',
      new_return_date: '2025-03-21',
    });
    expect(isError).toBe(false);
    expect(output).toBe(
      'Changed RT-4821: a midsize from Saturday, March 15 in the morning to Friday, March 21, 6 days, now $330.00, $110.00 more.',
    );
    expect(desk.find('RT-4821')!.returnDate).toBe('2025-03-21');
    expect(call!.userData.bookingRef).toBe('RT-4821');
  });

  it('asks the caller to agree to the late fee before cancelling within 24 hours', async () => {
    const desk = new RentalDesk({ now: monday });
    const first = await run('my_booking', 'cancel_booking', { reference: 'RT-7012', last_name: 'Park' }, {}, desk);
    expect(first.isError).toBe(true);
    expect(first.output).toMatch(/costs a \$50 late fee\. Tell the caller/);
    expect(desk.find('RT-7012')!.status).toBe('reserved');
    await call!.close();
    const second = await run(
      'my_booking',
      'cancel_booking',
      { accept_late_fee: true },
      { bookingRef: 'RT-7012' },
      desk,
    );
    expect(second.isError).toBe(false);
    expect(second.output).toBe(
      'Cancelled RT-7012. The $50 late fee goes on the card. A cancellation text goes to the number on the booking.',
    );
    expect(desk.find('RT-7012')!.status).toBe('cancelled');
  });

  it('will not cancel a car that is on the road', async () => {
    const { output, isError } = await run('my_booking', 'cancel_booking', { reference: 'RT-5307', last_name: 'Diaz' });
    expect(isError).toBe(true);
    expect(output).toMatch(/already been picked up/);
  });

  it('adds child seats up to the limit', async () => {
    const { output, isError, desk } = await run(
      'my_booking',
      'add_extra',
      { extra: 'child_seat', count: 2 },
      { bookingRef: 'RT-4821' },
    );
    expect(isError).toBe(false);
    expect(output).toBe(
      'Added two child seats to RT-4821, at $12 a day each: $96.00 for the 4 days. The rental is now $316.00.',
    );
    expect(desk.find('RT-4821')!.extras).toEqual({ child_seat: 2 });
    await call!.close();
    const more = await run(
      'my_booking',
      'add_extra',
      { extra: 'child_seat', count: 2 },
      { bookingRef: 'RT-4821' },
      desk,
    );
    expect(more.isError).toBe(true);
    expect(more.output).toMatch(/at most three child seats, and RT-4821 already has 2/);
  });

  it('keeps snow chains for SUVs and minivans', async () => {
    const { output, isError } = await run(
      'my_booking',
      'add_extra',
      { extra: 'snow_chains' },
      { bookingRef: 'RT-4821' },
    );
    expect(isError).toBe(true);
    expect(output).toMatch(/Snow chains fit only SUV and minivan cars/);
  });

  it('explains a withheld deposit and the damage claim', async () => {
    const { output, isError } = await run('my_booking', 'deposit_and_damage', {
      reference: 'RT-3954',
      last_name: 'shah',
    });
    expect(isError).toBe(false);
    expect(output).toMatch(
      /^Of the \$200 deposit on RT-3954, \$50 was released and the rest is held\. Damage claim DC-771 is for a long scratch on the rear bumper, \$150, and is under review/,
    );
  });
});

describe('send_roadside_help', () => {
  it('sends help to a car on rent and gives the case and arrival time', async () => {
    const { output, isError, desk } = await run('roadside', 'send_roadside_help', {
      problem: 'flat_tyre',
      location: 'I-5 north near exit 42',
      reference: 'RT-5307',
    });
    expect(isError).toBe(false);
    expect(output).toBe(
      'Stay with the car somewhere safe, hazard lights on. Help is on the way to I-5 north near exit 42, case RS-301, in about 45 minutes. The driver will call four one five, five five five, zero one nine nine when close.',
    );
    expect(desk.roadsideCases).toHaveLength(1);
    expect(call!.userData.roadsideCase).toBe('RS-301');
  });

  it('finds the rental by surname and puts safety first after an accident', async () => {
    const { output, isError } = await run('roadside', 'send_roadside_help', {
      problem: 'accident',
      location: 'Highway 101 at Millbrae',
      last_name: 'Diaz',
      callback_phone: '(650) 555-0100',
    });
    expect(isError).toBe(false);
    expect(output).toMatch(
      /^If anyone is hurt, call 911 first\..*case RS-301, in about 30 minutes\. The driver will call six five zero/,
    );
  });

  it.each([
    [{ reference: 'RT-4821' }, /has not been picked up yet/],
    [{ last_name: 'Nobody' }, /No car is on rent to a driver called Nobody/],
    [{}, /Ask for the booking reference \(RT and four digits, on the key tag\)/],
  ])('refuses %j with what to ask', async (who, refusal) => {
    const { output, isError, desk } = await run('roadside', 'send_roadside_help', {
      problem: 'battery',
      location: 'Main Street',
      ...who,
    });
    expect(isError).toBe(true);
    expect(output).toMatch(refusal);
    expect(desk.roadsideCases).toHaveLength(0);
  });
});
