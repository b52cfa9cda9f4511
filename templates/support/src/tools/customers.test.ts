import { afterEach, expect, it } from 'vitest';
import { startCall, step, type Call } from '../../test/call.js';

let call: Call | undefined;
afterEach(async () => {
  await call?.close();
  call = undefined;
});

it('finds the account from a spoken email and remembers who the caller is', async () => {
  const lookup = step('find_customer', { email: 'marco dot diaz at example dot com' });
  call = await startCall([lookup], { at: 'triage' });
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
  const lookup = step('find_customer', { email: 'marco diaz' });
  call = await startCall([lookup], { at: 'triage' });
  const { output, isError } = await call.use(lookup);
  expect(isError).toBe(true);
  expect(output).toMatch(/does not sound like an email address\. Ask the caller to spell it/);
  expect(call.userData.customerId).toBeUndefined();
});

it('says when no account uses the email', async () => {
  const lookup = step('find_customer', { email: 'nobody@example.com' });
  call = await startCall([lookup], { at: 'billing' });
  const { output, isError } = await call.use(lookup);
  expect(isError).toBe(true);
  expect(output).toMatch(/No account uses nobody@example\.com\. Ask the caller to check the spelling/);
});
