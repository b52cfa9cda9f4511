import { inspectWorkflow } from 'switchboard';
import { afterEach, describe, expect, it } from 'vitest';
import { startCall, step, type TestCall } from 'switchboard/testing';
import { Schedule } from './api/schedule.js';
import type { AppointmentUserData } from './userdata.js';
import { appointmentWorkflow } from './workflow.js';

let call: TestCall | undefined;
afterEach(async () => {
  await call?.close();
  call = undefined;
});

/** Monday, March 10, 2025, 8 AM. */
const monday = () => new Date(2025, 2, 10, 8, 0);

it('is a valid graph', () => {
  expect(inspectWorkflow(appointmentWorkflow()).problems).toEqual([]);
});

it('books a cleaning from the first hello to the confirmation text', async () => {
  const schedule = new Schedule({ now: monday });
  call = await startCall(appointmentWorkflow({ schedule }), [
    { input: 'I need a cleaning', toolCalls: [{ name: 'transfer_to_availability', args: { service: 'cleaning' } }] },
    {
      input: 'Tuesday afternoon?',
      toolCalls: [{ name: 'find_slots', args: { day: 'Tuesday', part_of_day: 'afternoon' } }],
    },
    { input: 'The 2 PM one', toolCalls: [{ name: 'hold_slot', args: { time: '2 PM' } }] },
    { input: 'Book it', toolCalls: [{ name: 'transfer_to_booking', args: {} }] },
    {
      input: 'Jamie Fox, 617 555 0123',
      toolCalls: [{ name: 'book_appointment', args: { patient_name: 'Jamie Fox', phone: '617 555 0123' } }],
    },
    { input: 'Great', toolCalls: [{ name: 'transfer_to_confirmation', args: {} }] },
    { input: 'Text me', toolCalls: [{ name: 'send_confirmation', args: { channel: 'sms' } }] },
    { input: 'Bye', toolCalls: [{ name: 'end_call', args: {} }] },
  ]);
  for (const line of [
    'I need a cleaning',
    'Tuesday afternoon?',
    'The 2 PM one',
    'Book it',
    'Jamie Fox, 617 555 0123',
    'Great',
    'Text me',
    'Bye',
  ]) {
    await call.say(line);
  }
  expect(schedule.appointments).toEqual([
    { id: 'APT-4001', slot: '2025-03-11T14:00', patientName: 'Jamie Fox', phone: '6175550123', service: 'cleaning' },
  ]);
  expect(call.userData).toMatchObject({ appointmentId: 'APT-4001', confirmationSentTo: '6175550123' });
  expect(call.runtime.path).toEqual(['reception', 'availability', 'booking', 'confirmation']);
  expect(call.runtime.endRequested).toBe(true);
});

interface EdgeCase {
  from: string;
  tool: string;
  to: string;
  args?: Record<string, unknown>;
  userData?: Partial<AppointmentUserData>;
}

const held: Partial<AppointmentUserData> = { service: 'checkup', heldSlot: '2025-03-11T14:00' };

const EDGES: EdgeCase[] = [
  { from: 'reception', tool: 'transfer_to_availability', to: 'availability', args: { service: 'checkup' } },
  { from: 'availability', tool: 'transfer_to_booking', to: 'booking', userData: held },
  { from: 'booking', tool: 'transfer_to_availability', to: 'availability', userData: held },
  {
    from: 'booking',
    tool: 'transfer_to_confirmation',
    to: 'confirmation',
    userData: { ...held, appointmentId: 'APT-4001' },
  },
];

describe('edges', () => {
  it('has a test row for every edge', () => {
    const key = (e: { from: string; tool: string; to: string }) => `${e.from} -${e.tool}-> ${e.to}`;
    const compiled = inspectWorkflow(appointmentWorkflow()).compiled.edges.map(key).sort();
    expect(EDGES.map(key).sort()).toEqual(compiled);
  });

  it.each(EDGES)('$from hands the caller to $to with $tool', async ({ from, tool, to, args, userData }) => {
    call = await startCall(appointmentWorkflow(), [step(tool, args)], { at: from, userData });
    expect((await call.use(step(tool, args))).isError).toBe(false);
    expect(call.agent).toBe(to);
  });

  it('carries the visit type from reception, and rejects one the clinic does not offer', async () => {
    const good = step('transfer_to_availability', { service: 'whitening', patientName: 'Jamie' });
    const bad = step('transfer_to_availability', { service: 'surgery' });
    call = await startCall(appointmentWorkflow(), [bad, good]);
    expect((await call.use(bad)).isError).toBe(true);
    expect(call.agent).toBe('reception');
    await call.use(good);
    expect(call.userData).toMatchObject({ service: 'whitening', patientName: 'Jamie' });
  });

  it.each([
    ['availability', 'transfer_to_booking', /No time is held yet/],
    ['booking', 'transfer_to_confirmation', /not booked yet/],
  ])('%s will not use %s before its step is done', async (from, tool, refusal) => {
    call = await startCall(appointmentWorkflow(), [step(tool)], { at: from, userData: from === 'booking' ? held : {} });
    const { output, isError } = await call.use(step(tool));
    expect(isError).toBe(true);
    expect(output).toMatch(refusal);
    expect(call.agent).toBe(from);
  });

  it('never lets a handoff carry a held slot', async () => {
    const sneaky = step('transfer_to_availability', { service: 'checkup', heldSlot: '2025-03-11T14:00' });
    call = await startCall(appointmentWorkflow(), [sneaky]);
    await call.use(sneaky);
    expect(call.userData.heldSlot).toBeUndefined();
  });
});

describe('ending the call', () => {
  it.each(['reception', 'confirmation'])('%s can end the call', async (agent) => {
    call = await startCall(appointmentWorkflow(), [step('end_call')], { at: agent });
    expect((await call.use(step('end_call'))).isError).toBe(false);
    expect(call.runtime.endRequested).toBe(true);
  });
});
