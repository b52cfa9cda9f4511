import { afterEach, expect, it } from 'vitest';
import { startCall, step, type TestCall } from 'switchboard/testing';
import { SalesCrm } from '../api/crm.js';
import { salesWorkflow } from '../workflow.js';

let call: TestCall | undefined;
afterEach(async () => {
  await call?.close();
  call = undefined;
});

const notAFit = { contactName: 'Sam', disqualifyReason: 'they are not planning to buy yet' };

it('emails resources and saves the lead with why it is not a fit', async () => {
  const crm = new SalesCrm();
  const send = step('send_resources', { email: 'sam@example.com' });
  call = await startCall(salesWorkflow({ crm }), [send], { at: 'follow_up', userData: notAFit });
  const { output, isError } = await call.use(send);
  expect(isError).toBe(false);
  expect(output).toBe('The guide and a free trial link are on their way to sam@example.com.');
  expect(crm.leads).toEqual([
    { name: 'Sam', company: undefined, email: 'sam@example.com', note: 'they are not planning to buy yet' },
  ]);
});

it('asks for a readable email before sending', async () => {
  const send = step('send_resources', { email: 'sam' });
  call = await startCall(salesWorkflow(), [send], { at: 'follow_up', userData: notAFit });
  const { isError, output } = await call.use(send);
  expect(isError).toBe(true);
  expect(output).toMatch(/does not sound like an email address/);
});

it('schedules a check-in some months out', async () => {
  const later = step('schedule_follow_up', { months: 3 });
  const crm = new SalesCrm({ now: () => new Date(2025, 0, 31, 12) });
  call = await startCall(salesWorkflow({ crm }), [later], { at: 'follow_up', userData: notAFit });
  const { output, isError } = await call.use(later);
  expect(isError).toBe(false);
  expect(output).toBe('We will check in with them in April 2025.');
  expect(call.userData.followUpMonth).toBe('April 2025');
});

it('keeps check-ins within a year', async () => {
  const later = step('schedule_follow_up', { months: 18 });
  call = await startCall(salesWorkflow(), [later], { at: 'follow_up', userData: notAFit });
  const { output, isError } = await call.use(later);
  expect(isError).toBe(true);
  expect(output).toMatch(/one to twelve months away, not 18/);
});
