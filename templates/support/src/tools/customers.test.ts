import { afterEach, expect, it } from 'vitest';
import { startCall, step, type TestCall } from 'switchboard/testing';
import { supportWorkflow } from '../workflow.js';

let call: TestCall | undefined;
afterEach(async () => {
  await call?.close();
  call = undefined;
});

it('finds the account from a spoken email and remembers who the caller is', async () => {
  const lookup = step('find_customer', { name: 'marco diaz', email: 'marco dot diaz at example dot com' });
  call = await startCall(supportWorkflow(), [lookup], { at: 'triage' });
  const { output, isError } = await call.use(lookup);
  expect(isError).toBe(false);
  expect(output).toContain('Found Marco Diaz, on the Fiber 1000 plan.');
  expect(call.userData).toMatchObject({
    customerId: 'C-1002',
    email: 'marco.diaz@example.com',
    callerName: 'Marco Diaz',
  });
});

it('asks the caller to spell an address that is not an email', async () => {
  const lookup = step('find_customer', { name: 'Marco Diaz', email: 'marco diaz' });
  call = await startCall(supportWorkflow(), [lookup], { at: 'triage' });
  const { output, isError } = await call.use(lookup);
  expect(isError).toBe(true);
  expect(output).toMatch(/does not sound like an email address\. Ask the caller to spell it/);
  expect(call.userData.customerId).toBeUndefined();
});

it('gives one neutral answer for an unknown email and for a right email with the wrong name', async () => {
  const unknown = step('find_customer', { name: 'Marco Diaz', email: 'nobody@example.com' });
  const wrongName = step('find_customer', { name: 'Eve Diaz Marco', email: 'marco.diaz@example.com' });
  call = await startCall(supportWorkflow(), [unknown, wrongName], { at: 'billing' });
  const first = await call.use(unknown);
  const second = await call.use(wrongName);
  expect(first.isError && second.isError).toBe(true);
  expect(first.output).toMatch(/^Those details do not match an account \(attempt 1 of 3\)/);
  expect(second.output).toMatch(/^Those details do not match an account \(attempt 2 of 3\)/);
  expect(second.output).not.toMatch(/Marco|Fiber/);
  expect(call.userData.customerId).toBeUndefined();
});
