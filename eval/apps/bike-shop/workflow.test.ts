import { inspectWorkflow } from 'switchboard';
import { afterEach, describe, expect, it } from 'vitest';
import { startCall, step, type TestCall } from 'switchboard/testing';
import { Shop } from './api/shop.js';
import type { BikeShopUserData } from './userdata.js';
import { bikeShopWorkflow } from './workflow.js';

let call: TestCall | undefined;
afterEach(async () => {
  await call?.close();
  call = undefined;
});

/** Tuesday, March 11, 2025, 8 AM: the first two drop-offs of each open day are taken. */
const tuesday = () => new Date(2025, 2, 11, 8, 0);

async function run(
  at: string,
  tool: string,
  args: Record<string, unknown>,
  userData?: Partial<BikeShopUserData>,
  shop = new Shop({ now: tuesday }),
) {
  const turn = step(tool, args);
  call = await startCall(bikeShopWorkflow({ shop }), [turn], { at, userData });
  return { ...(await call.use(turn)), shop };
}

it('is a valid graph', () => {
  expect(inspectWorkflow(bikeShopWorkflow()).problems).toEqual([]);
});

describe('find_dropoff_slots', () => {
  it('offers the earliest free drop-offs and remembers them', async () => {
    const { output, isError } = await run('booking', 'find_dropoff_slots', {});
    expect(isError).toBe(false);
    expect(output).toBe(
      'Free drop-off times: Tuesday, March 11 at 11 AM; Tuesday, March 11 at 12 PM; Tuesday, March 11 at 1 PM. Which one suits you?',
    );
    expect(call!.userData.offeredSlots).toEqual(['2025-03-11T11:00', '2025-03-11T12:00', '2025-03-11T13:00']);
  });

  it('offers Saturday afternoon times', async () => {
    const { output } = await run('booking', 'find_dropoff_slots', { day: 'Saturday', part_of_day: 'afternoon' });
    expect(output).toMatch(
      /^Free drop-off times: Saturday, March 15 at 1 PM; Saturday, March 15 at 2 PM; Saturday, March 15 at 3 PM\./,
    );
  });

  it.each([
    [{ day: 'Monday' }, {}, /closed on Mondays/],
    [{ day: '2025-03-08' }, {}, /That day has passed/],
    [{ day: '2025-05-01' }, {}, /up to 21 days ahead/],
    [{ day: 'whenever' }, {}, /could not read "whenever"/],
    [{ day: 'Saturday', service: 'ebike_service' }, {}, /Tuesday to Friday/],
  ])('refuses %j with what to ask instead', async (args, userData, refusal) => {
    const { output, isError } = await run('booking', 'find_dropoff_slots', args, userData);
    expect(isError).toBe(true);
    expect(output).toMatch(refusal);
    expect(call!.userData.offeredSlots).toEqual([]);
  });
});

describe('book_dropoff', () => {
  const offered: Partial<BikeShopUserData> = {
    service: 'tune_up',
    bikeType: 'road',
    offeredSlots: ['2025-03-15T13:00', '2025-03-15T14:00', '2025-03-15T15:00'],
  };

  it('books the picked time, opens a ticket and the ticket can be looked up', async () => {
    const shop = new Shop({ now: tuesday });
    const { output, isError } = await run(
      'booking',
      'book_dropoff',
      { time: '2 PM', customer_name: 'Sam Rivera', phone: '503-555-0148', problem: 'gears skip' },
      offered,
      shop,
    );
    expect(isError).toBe(false);
    expect(output).toBe(
      'Booked ticket SC-5001: tune-up for a road bike, drop-off Saturday, March 15 at 2 PM, under Sam Rivera. It is usually ready about 2 working days after drop-off; the estimate is $89, paid at pickup. We text five zero three, five five five, zero one four eight when it is ready.',
    );
    expect(call!.userData).toMatchObject({
      bookedTicket: 'SC-5001',
      dropoffAt: '2025-03-15T14:00',
      phone: '5035550148',
    });
    expect(shop.bookings).toHaveLength(1);
    expect(shop.isFree('2025-03-15T14:00')).toBe(false);
    await call!.close();
    const looked = await run('repair_status', 'check_repair_status', { ticket_id: 'SC-5001' }, {}, shop);
    expect(looked.output).toMatch(
      /Ticket SC-5001 is booked: tune-up for the road bike, drop-off Saturday, March 15 at 2 PM/,
    );
  });

  it.each<[Record<string, unknown>, Partial<BikeShopUserData>, RegExp]>([
    [{ time: '2 PM' }, { service: 'tune_up', bikeType: 'road' }, /No drop-off times have been offered yet/],
    [{ time: '5 PM' }, offered, /"5 PM" is not one of the times offered/],
    [{ time: '2 PM', bike_count: 4 }, offered, /at most 3 bikes.*mechanic/],
    [{ time: '2 PM', service: 'ebike_service' }, offered, /only for electric bikes/],
    [{ time: '2 PM' }, { ...offered, bikeType: undefined }, /what kind of bike/],
    [{ time: '2 PM' }, { ...offered, bookedTicket: 'SC-5001' }, /already booked/],
  ])('refuses %j with what to do next', async (args, userData, refusal) => {
    const { output, isError, shop } = await run(
      'booking',
      'book_dropoff',
      { customer_name: 'Sam Rivera', phone: '503 555 0148', ...args },
      userData,
    );
    expect(isError).toBe(true);
    expect(output).toMatch(refusal);
    expect(shop.bookings).toHaveLength(0);
  });
});

describe('check_repair_status', () => {
  it.each([
    ['SC-4821', /Trek Domane road bike on ticket SC-4821 is ready for pickup\. \$89 is due/],
    ['sc 4822', /waiting for parts: A new Bosch speed sensor is on order\. We expect it ready Friday, March 14/],
    ['four eight three five', /on the stand now for its full overhaul\. It should be ready Thursday, March 13; \$245/],
    ['SC-4830', /rear brake rotor is bent.*adds \$45.*ask the caller whether to go ahead/],
  ])('reads ticket %j', async (ticket_id, answer) => {
    const { output, isError } = await run('repair_status', 'check_repair_status', { ticket_id });
    expect(isError).toBe(false);
    expect(output).toMatch(answer);
  });

  it.each([
    ['SC-9999', /no repair ticket SC-9999/],
    ['my blue bike', /not a ticket number/],
  ])('refuses %j', async (ticket_id, refusal) => {
    const { output, isError } = await run('repair_status', 'check_repair_status', { ticket_id });
    expect(isError).toBe(true);
    expect(output).toMatch(refusal);
  });
});

describe('approve_extra_work', () => {
  it('records the owner’s yes and adds the work to the bill', async () => {
    const { output, isError, shop } = await run('repair_status', 'approve_extra_work', {
      ticket_id: 'SC-4830',
      decision: 'approve',
      customer_name: 'hannah cole',
    });
    expect(isError).toBe(false);
    expect(output).toBe(
      'Approved: the mechanic will do the extra work for $45. The bike should be ready tomorrow, and $90 will be due at pickup.',
    );
    expect(shop.approvals).toEqual([{ ticketId: 'SC-4830', approved: true }]);
  });

  it.each([
    [{ ticket_id: 'SC-4830', decision: 'approve', customer_name: 'Maya Brooks' }, /name does not match/],
    [{ ticket_id: 'SC-4830', decision: 'decline', customer_name: 'Hannah' }, /name does not match/],
    [{ ticket_id: 'SC-4821', decision: 'approve', customer_name: 'Maya Brooks' }, /no extra work waiting/],
  ])('refuses %j', async (args, refusal) => {
    const { output, isError, shop } = await run('repair_status', 'approve_extra_work', args);
    expect(isError).toBe(true);
    expect(output).toMatch(refusal);
    expect(shop.approvals).toEqual([]);
  });
});

describe('price_quote', () => {
  it.each([
    [
      { service: 'tune_up', bike_type: 'road' },
      'A tune-up for a road bike is $89, parts extra if any are needed. It is usually ready in 2 working days.',
    ],
    [
      { service: 'tune_up', bike_type: 'ebike', bike_count: 2 },
      'A tune-up for 2 e-bikes is $109 a bike, $218 for both, parts extra if any are needed. It is usually ready in 2 working days.',
    ],
    [
      { service: 'flat_repair', bike_type: 'hybrid' },
      'A flat repair for a hybrid is $15, parts extra if any are needed. It is done the same day, often while you wait.',
    ],
  ])('quotes %j', async (args, answer) => {
    const { output, isError } = await run('quotes', 'price_quote', args);
    expect(isError).toBe(false);
    expect(output).toBe(answer);
    expect(call!.userData.service).toBe(args.service);
  });

  it.each([
    [{ service: 'ebike_service', bike_type: 'mountain' }, /only for electric bikes/],
    [{ service: 'full_overhaul', bike_type: 'kids' }, /do not overhaul kids/],
    [{ service: 'tune_up', bike_type: 'mountain', bike_count: 8 }, /up to 5 bikes.*mechanic/],
  ])('refuses %j', async (args, refusal) => {
    const { output, isError } = await run('quotes', 'price_quote', args);
    expect(isError).toBe(true);
    expect(output).toMatch(refusal);
  });
});

describe('shop_question', () => {
  it('answers from the shop notes', async () => {
    const { output, isError } = await run('front_desk', 'shop_question', { question: 'Are you open on Mondays?' });
    expect(isError).toBe(false);
    expect(output).toMatch(/closed on Mondays/);
  });

  it('admits when the notes have no answer and offers a mechanic', async () => {
    const { output, isError } = await run('front_desk', 'shop_question', { question: 'Do you sponsor a race team?' });
    expect(isError).toBe(true);
    expect(output).toMatch(/no answer to that.*mechanic/);
  });
});

describe('edges', () => {
  const EDGES: { from: string; tool: string; to: string; args?: Record<string, unknown> }[] = [
    { from: 'front_desk', tool: 'transfer_to_booking', to: 'booking', args: { service: 'tune_up', bikeType: 'road' } },
    { from: 'front_desk', tool: 'transfer_to_repair_status', to: 'repair_status', args: { ticketId: 'SC-4821' } },
    { from: 'front_desk', tool: 'transfer_to_quotes', to: 'quotes' },
    { from: 'quotes', tool: 'transfer_to_booking', to: 'booking' },
    { from: 'booking', tool: 'transfer_to_front_desk', to: 'front_desk' },
  ];

  it.each(EDGES)('$from hands the caller to $to with $tool', async ({ from, tool, to, args }) => {
    call = await startCall(bikeShopWorkflow(), [step(tool, args)], { at: from });
    expect((await call.use(step(tool, args))).isError).toBe(false);
    expect(call.agent).toBe(to);
  });

  it('never lets a handoff carry a booked ticket', async () => {
    const sneaky = step('transfer_to_booking', { service: 'tune_up', bookedTicket: 'SC-5001' });
    call = await startCall(bikeShopWorkflow(), [sneaky]);
    await call.use(sneaky);
    expect(call.userData.bookedTicket).toBeUndefined();
  });
});
