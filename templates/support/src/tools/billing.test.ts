import { afterEach, expect, it } from 'vitest';
import { startCall, step, type TestCall } from 'switchboard/testing';
import { Helpdesk } from '../api/helpdesk.js';
import { supportWorkflow } from '../workflow.js';

let call: TestCall | undefined;
afterEach(async () => {
  await call?.close();
  call = undefined;
});

const ann = { customerId: 'C-1001', callerName: 'Ann Lee' };

it('reads out the latest invoice', async () => {
  const latest = step('latest_invoice');
  call = await startCall(supportWorkflow(), [latest], { at: 'billing', userData: ann });
  const { output, isError } = await call.use(latest);
  expect(isError).toBe(false);
  expect(output).toBe('Invoice INV-3002 for April is $89.95, paid: Fiber 500 plan plus a 24.95 router rental.');
});

it('will not read invoices before the account is found', async () => {
  const latest = step('latest_invoice');
  call = await startCall(supportWorkflow(), [latest], { at: 'billing' });
  const { output, isError } = await call.use(latest);
  expect(isError).toBe(true);
  expect(output).toMatch(/Ask for their full name and the email address on the account, then call find_customer/);
});

it('refunds a paid invoice and remembers the refund', async () => {
  const refund = step('request_refund', { invoice_id: 'inv-3002', reason: 'Router returned in March.' });
  const helpdesk = new Helpdesk();
  call = await startCall(supportWorkflow({ helpdesk }), [refund], { at: 'billing', userData: ann });
  const { output, isError } = await call.use(refund);
  expect(isError).toBe(false);
  expect(output).toMatch(/^Refund R-5001 of \$89\.95 for invoice INV-3002 is on its way/);
  expect(call.userData.refundId).toBe('R-5001');
  expect(helpdesk.invoice('INV-3002')?.status).toBe('refunded');
});

it.each([
  ['an invoice of another customer', 'C-1001', 'INV-3101', /no invoice INV-3101 on this account/],
  ['an unpaid invoice', 'C-1003', 'INV-3201', /not paid yet, so there is nothing to refund/],
  ['a refund over the limit', 'C-1002', 'INV-3101', /need a colleague's approval\. Offer to escalate/],
])('refuses %s with a sentence the agent can act on', async (_case, customerId, invoiceId, message) => {
  const refund = step('request_refund', { invoice_id: invoiceId, reason: 'Not happy.' });
  call = await startCall(supportWorkflow(), [refund], { at: 'billing', userData: { customerId } });
  const { output, isError } = await call.use(refund);
  expect(isError).toBe(true);
  expect(output).toMatch(message);
  expect(call.userData.refundId).toBeUndefined();
});

it('refuses to refund the same invoice twice', async () => {
  const refund = step('request_refund', { invoice_id: 'INV-3001', reason: 'Overcharged.' });
  call = await startCall(supportWorkflow(), [refund, { ...refund, input: 'again' }], { at: 'billing', userData: ann });
  await call.use(refund);
  const { output, isError } = await call.use({ ...refund, input: 'again' });
  expect(isError).toBe(true);
  expect(output).toMatch(/already been refunded/);
});

it('will not refund before the account is found', async () => {
  const refund = step('request_refund', { invoice_id: 'INV-3002', reason: 'Router returned.' });
  const helpdesk = new Helpdesk();
  call = await startCall(supportWorkflow({ helpdesk }), [refund], { at: 'billing' });
  const { isError } = await call.use(refund);
  expect(isError).toBe(true);
  expect(helpdesk.invoice('INV-3002')?.status).toBe('paid');
});
