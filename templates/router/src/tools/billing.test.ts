import { afterEach, expect, it } from 'vitest';
import { startCall, step, type TestCall } from 'switchboard/testing';
import { routerWorkflow } from '../workflow.js';

let call: TestCall | undefined;
afterEach(async () => {
  await call?.close();
  call = undefined;
});

it('reads the balance of a spoken account id and remembers the account', async () => {
  const lookup = step('account_balance', { account_id: 'nc 2210' });
  call = await startCall(routerWorkflow(), [lookup], { at: 'billing' });
  const { output, isError } = await call.use(lookup);
  expect(isError).toBe(false);
  expect(output).toBe(
    'Account NC-2210 (Omar Haddad, starter plan): $29 is due. The next invoice, on May 1, will be $29.',
  );
  expect(call.userData.accountId).toBe('NC-2210');
});

it('says when an account has nothing to pay', async () => {
  const lookup = step('account_balance', { account_id: 'NC-1042' });
  call = await startCall(routerWorkflow(), [lookup], { at: 'billing' });
  expect((await call.use(lookup)).output).toMatch(/nothing is owed right now/);
});

it('asks for the id again when no account has it', async () => {
  const lookup = step('account_balance', { account_id: 'NC-9999' });
  call = await startCall(routerWorkflow(), [lookup], { at: 'billing' });
  const { output, isError } = await call.use(lookup);
  expect(isError).toBe(true);
  expect(output).toMatch(/No account NC-9999 exists\. Ask the caller to read the id/);
  expect(call.userData.accountId).toBeUndefined();
});
