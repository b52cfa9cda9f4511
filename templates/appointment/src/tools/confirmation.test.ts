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

const booked: Partial<AppointmentUserData> = {
  appointmentId: 'APT-4001',
  phone: '6175550123',
  patientName: 'Jamie Fox',
};

async function send(args: Record<string, unknown>, userData: Partial<AppointmentUserData> = booked) {
  const schedule = new Schedule();
  const turn = step('send_confirmation', args);
  call = await startCall(appointmentWorkflow({ schedule }), [turn], { at: 'confirmation', userData });
  return { ...(await call.use(turn)), schedule };
}

it('texts the details to the phone on the booking', async () => {
  const { output, isError, schedule } = await send({ channel: 'sms' });
  expect(isError).toBe(false);
  expect(output).toBe('Sent the details of APT-4001 to 6175550123. It includes a link to reschedule.');
  expect(schedule.confirmations).toEqual([{ appointmentId: 'APT-4001', channel: 'sms', to: '6175550123' }]);
});

it('emails the details to a spoken address', async () => {
  const { output, isError } = await send({ channel: 'email', email: 'jamie at example dot com' });
  expect(isError).toBe(false);
  expect(output).toMatch(/to jamie@example\.com\./);
  expect(call!.userData.confirmationSentTo).toBe('jamie@example.com');
});

it('asks for an address before emailing, spells it back and takes a one-letter correction', async () => {
  const schedule = new Schedule();
  const turn = step('send_confirmation', { channel: 'email' });
  call = await startCall(appointmentWorkflow({ schedule }), [turn], { at: 'confirmation', userData: booked });
  const heard = await call.sayEach([
    turn.input,
    'jamie dot fux at example dot com',
    "no, it's o as in oscar, not u",
    'yes',
  ]);
  expect(heard.slice(0, 3)).toEqual([
    'What is your email address?',
    'I have j a m i e dot f u x at example dot com. Is that right?',
    'I have j a m i e dot f o x at example dot com. Is that right?',
  ]);
  await expect
    .poll(() => schedule.confirmations)
    .toEqual([{ appointmentId: 'APT-4001', channel: 'email', to: 'jamie.fox@example.com' }]);
});

it('has nothing to send before a booking', async () => {
  const { output, isError } = await send({ channel: 'sms' }, {});
  expect(isError).toBe(true);
  expect(output).toMatch(/no booking to confirm yet/);
});
