import { afterEach, expect, it } from 'vitest';
import { startCall, step, type TestCall } from 'switchboard/testing';
import { Schedule } from '../api/schedule.js';
import type { AppointmentUserData } from '../userdata.js';
import { appointmentWorkflow } from '../workflow.js';

let call: TestCall | undefined;
afterEach(async () => {
  await call?.close();
  call = undefined;
});

const monday = () => new Date(2025, 2, 10, 8, 0);
const held: Partial<AppointmentUserData> = { service: 'filling', heldSlot: '2025-03-11T13:00' };

async function book(
  args: Record<string, unknown>,
  userData: Partial<AppointmentUserData> = held,
  schedule = new Schedule({ now: monday }),
) {
  const turn = step('book_appointment', args);
  call = await startCall(appointmentWorkflow({ schedule }), [turn], { at: 'booking', userData });
  return { ...(await call.use(turn)), schedule };
}

it('books the held time with the patient’s details', async () => {
  const { output, isError, schedule } = await book({ patient_name: 'Priya  Nair', phone: '+1 617-555-0175' });
  expect(isError).toBe(false);
  expect(output).toBe(
    'Booked APT-4001: a filling for Priya Nair on Tuesday, March 11 at 1 PM. Reminders go to six one seven, five five five, zero one seven five.',
  );
  expect(schedule.appointments).toHaveLength(1);
  expect(call!.userData).toMatchObject({ appointmentId: 'APT-4001', patientName: 'Priya Nair', phone: '6175550175' });
});

it('asks for what is missing or wrong, reads it back, and takes a corrected digit', async () => {
  const schedule = new Schedule({ now: monday });
  const turn = step('book_appointment', { patient_name: 'Priya' });
  call = await startCall(appointmentWorkflow({ schedule }), [turn], { at: 'booking', userData: held });
  const heard = await call.sayEach([turn.input, 'Priya Nair', 'yes', '617 555 0195', 'no, the 9 should be 7', 'yes']);
  expect(heard.slice(0, 5)).toEqual([
    'I only caught one name; I need a first and a last name. Could I have your first and last name, please?',
    'I have Priya Nair, spelled P R I Y A, N A I R. Is that right?',
    'What is the best phone number to reach you on?',
    'I have six one seven, five five five, zero one nine five. Is that right?',
    'I have six one seven, five five five, zero one seven five. Is that right?',
  ]);
  await expect.poll(() => schedule.appointments.length).toBe(1);
  expect(call.userData).toMatchObject({ patientName: 'Priya Nair', phone: '6175550175', appointmentId: 'APT-4001' });
});

it('uses the name carried from reception and asks again for a number that is too short', async () => {
  const schedule = new Schedule({ now: monday });
  const turn = step('book_appointment', { phone: '555 0175' });
  call = await startCall(appointmentWorkflow({ schedule }), [turn], {
    at: 'booking',
    userData: { ...held, patientName: 'Priya Nair' },
  });
  const heard = await call.sayEach([turn.input, 'six one seven five five five zero one seven five', 'yes']);
  expect(heard[0]).toBe('Phone numbers have ten digits, but I heard 7. What is the best phone number to reach you on?');
  await expect.poll(() => call!.userData.appointmentId).toBe('APT-4001');
  expect(call.userData).toMatchObject({ patientName: 'Priya Nair', phone: '6175550175' });
});

it.each([
  [{}, held, /not given a name or number yet/],
  [
    { patient_name: 'Priya Nair', phone: '617 555 0175' },
    { heldSlot: '2025-03-11T13:00' },
    /do not know what the visit is for/,
  ],
  [{ patient_name: 'Priya Nair', phone: '617 555 0175' }, { ...held, appointmentId: 'APT-4000' }, /already booked/],
])('refuses %j with what to ask next', async (args, userData, refusal) => {
  const { output, isError, schedule } = await book(args, userData);
  expect(isError).toBe(true);
  expect(output).toMatch(refusal);
  expect(schedule.appointments).toHaveLength(0);
});

it('sends the caller back for another time when the held one was taken', async () => {
  const { output, isError } = await book(
    { patient_name: 'Priya Nair', phone: '617 555 0175' },
    held,
    new Schedule({ now: monday, taken: ['2025-03-11T13:00'] }),
  );
  expect(isError).toBe(true);
  expect(output).toMatch(/no longer free\. Apologise and go back to find another time/);
});

it('will not book before a time is held', async () => {
  const { output, isError } = await book({ patient_name: 'Priya Nair', phone: '617 555 0175' }, { service: 'filling' });
  expect(isError).toBe(true);
  expect(output).toMatch(/No time is held yet/);
});
