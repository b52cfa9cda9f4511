import { afterEach, expect, it } from 'vitest';
import { startCall, step, type TestCall } from 'switchboard/testing';
import { Helpdesk } from '../api/helpdesk.js';
import { supportWorkflow } from '../workflow.js';

let call: TestCall | undefined;
afterEach(async () => {
  await call?.close();
  call = undefined;
});

it('reports a known outage at the ZIP code', async () => {
  const check = step('check_outage', { zip_code: '9 4 1 0 7' });
  call = await startCall(supportWorkflow(), [check], { at: 'technical' });
  const { output, isError } = await call.use(check);
  expect(isError).toBe(false);
  expect(output).toMatch(/fiber cut near Third Street.*by 6 PM today/);
});

it('starts troubleshooting when there is no outage', async () => {
  const check = step('check_outage', { zip_code: '94110' });
  call = await startCall(supportWorkflow(), [check], { at: 'technical' });
  const { output } = await call.use(check);
  expect(output).toMatch(/no known outage at 94110\. Please restart your router/);
});

it('asks again for a ZIP code without five digits', async () => {
  const check = step('check_outage', { zip_code: '941' });
  call = await startCall(supportWorkflow(), [check], { at: 'technical' });
  const { output, isError } = await call.use(check);
  expect(isError).toBe(true);
  expect(output).toMatch(/ZIP codes have five digits.*say it again/);
});

it('opens a ticket for the caller’s account', async () => {
  const open = step('open_ticket', { summary: 'Wifi drops every few minutes; router restart did not help.' });
  const helpdesk = new Helpdesk();
  call = await startCall(supportWorkflow({ helpdesk }), [open], {
    at: 'technical',
    userData: { customerId: 'C-1001', email: 'ann.lee@example.com' },
  });
  const { output, isError } = await call.use(open);
  expect(isError).toBe(false);
  expect(output).toBe('Opened ticket T-2001. A technician will email ann.lee@example.com within one business day.');
  expect(call.userData.ticketIds).toEqual(['T-2001']);
  expect(helpdesk.openedTickets[0]).toMatchObject({ customerId: 'C-1001' });
});

it('refuses a ticket summary too short to act on', async () => {
  const open = step('open_ticket', { summary: 'broken' });
  const helpdesk = new Helpdesk();
  call = await startCall(supportWorkflow({ helpdesk }), [open], { at: 'technical' });
  const { output, isError } = await call.use(open);
  expect(isError).toBe(true);
  expect(output).toMatch(/too short for a technician to act on/);
  expect(helpdesk.openedTickets).toHaveLength(0);
});
