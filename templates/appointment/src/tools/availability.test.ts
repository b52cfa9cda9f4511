import { afterEach, describe, expect, it } from 'vitest';
import { startCall, step, type TestCall } from 'switchboard/testing';
import { Schedule } from '../api/schedule.js';
import type { AppointmentUserData } from '../userdata.js';
import { appointmentWorkflow } from '../workflow.js';

let call: TestCall | undefined;
afterEach(async () => {
  await call?.close();
  call = undefined;
});

/** Monday, March 10, 2025, 8 AM; 9 and 10 AM are booked every day. */
const schedule = (taken?: string[]) => new Schedule({ now: () => new Date(2025, 2, 10, 8, 0), taken });

async function run(
  tool: string,
  args: Record<string, unknown>,
  userData?: Partial<AppointmentUserData>,
  s = schedule(),
) {
  const turn = step(tool, args);
  call = await startCall(appointmentWorkflow({ schedule: s }), [turn], { at: 'availability', userData });
  return call.use(turn);
}

describe('find_slots', () => {
  it('offers the earliest free times and remembers them', async () => {
    const { output, isError } = await run('find_slots', {});
    expect(isError).toBe(false);
    expect(output).toBe(
      'Free times: Monday, March 10 at 11 AM; Monday, March 10 at 12 PM; Monday, March 10 at 1 PM. Which one suits you?',
    );
    expect(call!.userData.offeredSlots).toEqual(['2025-03-10T11:00', '2025-03-10T12:00', '2025-03-10T13:00']);
  });

  it('offers afternoon times on a named weekday', async () => {
    const { output } = await run('find_slots', { day: 'Tuesday', part_of_day: 'afternoon' });
    expect(output).toBe(
      'Free times: Tuesday, March 11 at 12 PM; Tuesday, March 11 at 1 PM; Tuesday, March 11 at 2 PM. Which one suits you?',
    );
  });

  it('says when a day is fully booked', async () => {
    const full = ['09', '10', '11', '12', '13', '14', '15', '16'].map((h) => `2025-03-12T${h}:00`);
    const { output, isError } = await run('find_slots', { day: '2025-03-12' }, {}, schedule(full));
    expect(isError).toBe(true);
    expect(output).toBe('There are no free times that day. Offer to look at the next day.');
  });

  it.each([
    ['someday', /could not read "someday" as a day/],
    ['2025-03-07', /That day has passed/],
    ['2025-03-15', /closed at weekends/],
    ['2025-07-01', /up to 60 days ahead/],
  ])('refuses %s with what to ask instead', async (day, refusal) => {
    const { output, isError } = await run('find_slots', { day });
    expect(isError).toBe(true);
    expect(output).toMatch(refusal);
    expect(call!.userData.offeredSlots).toEqual([]);
  });
});

describe('hold_slot', () => {
  const offered = { offeredSlots: ['2025-03-11T12:00', '2025-03-11T13:00', '2025-03-11T14:00'] };

  it.each(['2 PM', 'Tuesday at 2', '2025-03-11T14:00'])(
    'holds the offered time the caller means by %j',
    async (time) => {
      const { output, isError } = await run('hold_slot', { time }, offered);
      expect(isError).toBe(false);
      expect(output).toBe('I am holding Tuesday, March 11 at 2 PM for you.');
      expect(call!.userData.heldSlot).toBe('2025-03-11T14:00');
    },
  );

  it('lists the offered times when the caller picks another', async () => {
    const { output, isError } = await run('hold_slot', { time: '5 PM' }, offered);
    expect(isError).toBe(true);
    expect(output).toMatch(/"5 PM" is not one of the times offered \(Tuesday, March 11 at 12 PM;/);
  });

  it('asks to search first when nothing was offered', async () => {
    const { output, isError } = await run('hold_slot', { time: '2 PM' });
    expect(isError).toBe(true);
    expect(output).toMatch(/No times have been offered yet\. Call find_slots first/);
  });

  it('apologises when the time was taken in the meantime', async () => {
    const { output, isError } = await run('hold_slot', { time: '2 PM' }, offered, schedule(['2025-03-11T14:00']));
    expect(isError).toBe(true);
    expect(output).toMatch(/has just been taken/);
    expect(call!.userData.heldSlot).toBeUndefined();
  });
});
