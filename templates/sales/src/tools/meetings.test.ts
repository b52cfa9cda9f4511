import { afterEach, expect, it } from 'vitest';
import { startCall, step, type TestCall } from 'switchboard/testing';
import { SalesCrm } from '../api/crm.js';
import { salesWorkflow } from '../workflow.js';

let call: TestCall | undefined;
afterEach(async () => {
  await call?.close();
  call = undefined;
});

it('books the earliest free slot and sends the invite to a spoken email', async () => {
  const crm = new SalesCrm();
  const book = step('book_meeting', { email: 'dana at acme dot com' });
  call = await startCall(salesWorkflow({ crm }), [book], { at: 'account_executive' });
  const { output, isError } = await call.use(book);
  expect(isError).toBe(false);
  expect(output).toBe(
    'Booked with an account executive for Tuesday at 10 AM; the invite is on its way to dana@acme.com.',
  );
  expect(crm.meetings).toEqual([{ slot: 'Tuesday at 10 AM', email: 'dana@acme.com' }]);
});

it('asks the caller to spell an email it cannot read', async () => {
  const book = step('book_meeting', { email: 'dana acme' });
  call = await startCall(salesWorkflow(), [book], { at: 'account_executive' });
  const { output, isError } = await call.use(book);
  expect(isError).toBe(true);
  expect(output).toMatch(/does not sound like an email address/);
  expect(call.userData.meetingTime).toBeUndefined();
});

it('offers a person now when the calendar is full', async () => {
  const book = step('book_meeting', { email: 'dana@acme.com' });
  call = await startCall(salesWorkflow({ crm: new SalesCrm({ slots: [] }) }), [book], { at: 'account_executive' });
  const { output, isError } = await call.use(book);
  expect(isError).toBe(true);
  expect(output).toMatch(/calendar is full this week\. Offer to bring in a person now/);
});
