import { afterEach, expect, it } from 'vitest';
import { afterError, afterTool, onCaller, onEnter, startCall, type TestCall } from '../../src/testing/index.js';
import { deskFixture, type DeskFixture, GREETS } from './testing/desk_fixture.js';
import type { supportUserData } from './userdata.js';

let t: TestCall<typeof supportUserData> | undefined;
let desk: DeskFixture | undefined;
afterEach(async () => {
  await t?.close();
  desk?.close();
  t = undefined;
  desk = undefined;
});

const REFUSAL =
  'The caller is not verified yet. Ask for their full name and the email or account number on file, then call verify_identity.';
const ASK_REFUND = 'refund invoice 2041 please, the internet was down';

it('refuses a refund before verification and allows it after verify_identity matches', async () => {
  desk = deskFixture();
  t = await startCall(desk.workflow, [
    GREETS,
    onCaller('Ann Lee, billing question', {
      toolCalls: [{ name: 'transfer_to_triage', args: { callerName: 'Ann Lee' } }],
    }),
    onEnter('triage', { content: 'Hi Ann, let me get billing.' }),
    onCaller('ok', { toolCalls: [{ name: 'transfer_to_billing', args: {} }] }),
    onEnter('billing', { content: 'Billing here.' }),
    onCaller(ASK_REFUND, {
      toolCalls: [{ name: 'request_refund', args: { invoice_id: '2041', reason: 'The internet was down.' } }],
    }),
    afterError(REFUSAL, {
      content: 'First I need to verify you. What is your full name and the email on the account?',
    }),
    onCaller('Ann Lee, ann.lee@example.com', {
      toolCalls: [{ name: 'verify_identity', args: { name: 'Ann Lee', email: 'ann.lee@example.com' } }],
    }),
    afterTool('Thank you, Ann Lee, you are verified. I can see the Plus plan account ending in 8240.', {
      content: 'Thank you, you are verified.',
    }),
    afterTool(
      'Refund R-302 of $59.99 for invoice INV-2041 is submitted. It reaches the card on file within 5 to 7 business days.',
      {
        content: 'Done: your refund of $59.99 is on its way.',
      },
    ),
  ]);
  await t.say('Ann Lee, billing question');
  await t.say('ok');

  const refused = await t.say(ASK_REFUND);
  refused.expect.nextEvent().isFunctionCall({ name: 'request_refund' });
  refused.expect.nextEvent().isFunctionCallOutput({ isError: true, output: REFUSAL });
  expect(refused.expect.nextEvent().isMessage({ role: 'assistant' }).event().item.textContent).toMatch(
    /^First I need to verify you/,
  );
  refused.expect.noMoreEvents();
  expect(t.runtime.events.history.find((e) => e.type === 'guard_refused')).toMatchObject({
    agent: 'billing',
    tool: 'request_refund',
    guard: 'identity verified',
  });
  expect(desk.store.getInvoice('INV-2041')?.status).toBe('paid');

  const verified = await t.say('Ann Lee, ann.lee@example.com');
  verified.expect.nextEvent().isFunctionCall({ name: 'verify_identity' });
  verified.expect.nextEvent().isFunctionCallOutput({ isError: false });
  verified.expect.nextEvent().isMessage({ role: 'assistant' });
  expect(t.session.userData).toMatchObject({ verified: true, customerId: 'C-1001' });

  const allowed = await t.say(ASK_REFUND);
  allowed.expect.nextEvent().isFunctionCall({ name: 'request_refund', args: { invoice_id: '2041' } });
  allowed.expect.nextEvent().isFunctionCallOutput({ isError: false });
  expect(allowed.expect.nextEvent().isMessage({ role: 'assistant' }).event().item.textContent).toBe(
    'Done: your refund of $59.99 is on its way.',
  );
  allowed.expect.noMoreEvents();
  expect(desk.store.getInvoice('INV-2041')?.status).toBe('refund_requested');
});

it('also keeps invoices private until the caller is verified', async () => {
  desk = deskFixture();
  t = await startCall(
    desk.workflow,
    [
      GREETS,
      onCaller('what do I owe', { toolCalls: [{ name: 'transfer_to_triage', args: {} }] }),
      onEnter('triage', { toolCalls: [{ name: 'transfer_to_billing', args: {} }] }),
      onEnter('billing', { toolCalls: [{ name: 'lookup_invoices', args: {} }] }),
    ],
    {
      // Details the caller typed in earlier do not count: only verify_identity sets `verified`.
      userData: { email: 'ann.lee@example.com', callerName: 'Ann Lee' },
    },
  );
  await t.say('what do I owe');
  expect(t.session.currentAgent.id).toBe('billing');
  const calls = t.runtime.events.history.filter((e) => e.type === 'tool_call' && e.tool === 'lookup_invoices');
  expect(calls).toEqual([expect.objectContaining({ ok: false, error: REFUSAL })]);
});
