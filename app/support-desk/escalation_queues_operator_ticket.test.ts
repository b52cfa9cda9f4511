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

const QUEUED =
  'The caller is queued for a human operator as ticket Q-0001 (position 1). Tell them the ticket number, that an operator will call back on the details they gave, and that nothing they said is lost.';
const OVER_LIMIT =
  'Invoice INV-2049 is $649.00; refunds over $200.00 need a supervisor. Offer to bring in a human colleague.';

it('a refund above the limit goes to a human: ticket in the operator queue, recorded in userdata, caller told', async () => {
  desk = deskFixture();
  t = await startCall(desk.workflow, [
    GREETS,
    onCaller('David Kim, I need a refund', {
      toolCalls: [{ name: 'transfer_to_triage', args: { callerName: 'David Kim' } }],
    }),
    onEnter('triage', { content: 'Hi David, let me get billing.' }),
    onCaller('sure', { toolCalls: [{ name: 'transfer_to_billing', args: {} }] }),
    onEnter('billing', { content: 'Billing here. Your full name and email, please?' }),
    onCaller('David Kim, dkim@example.com', {
      toolCalls: [{ name: 'verify_identity', args: { name: 'David Kim', email: 'dkim@example.com' } }],
    }),
    afterTool('Thank you, David Kim, you are verified. I can see the Premium plan account ending in 7890.', {
      content: 'Thanks, you are verified.',
    }),
    onCaller('refund the installation, invoice 2049, nobody came', {
      toolCalls: [{ name: 'request_refund', args: { invoice_id: '2049', reason: 'The installer never came.' } }],
    }),
    afterError(OVER_LIMIT, { content: 'That refund needs a supervisor. Shall I bring in a colleague?' }),
    onCaller('yes, get me a supervisor', {
      toolCalls: [{ name: 'escalate_to_human', args: { reason: 'Refund of $649 needs a supervisor.' } }],
    }),
    onEnter('escalation', {
      toolCalls: [
        { name: 'transfer_to_operator', args: { reason: 'Refund of $649.00 for INV-2049 needs supervisor approval.' } },
      ],
    }),
    afterTool(QUEUED, {
      content:
        'You are in the queue as ticket Q-0001. An operator will call you back, and nothing you told us is lost.',
    }),
    onCaller('can they call me tomorrow at 10 am on 512 555 0163', {
      toolCalls: [{ name: 'schedule_callback', args: { phone: '512 555 0163', time: 'tomorrow at 10 am' } }],
    }),
  ]);
  for (const said of [
    'David Kim, I need a refund',
    'sure',
    'David Kim, dkim@example.com',
    'refund the installation, invoice 2049, nobody came',
  ]) {
    await t.say(said);
  }
  expect(desk.store.getInvoice('INV-2049')?.status).toBe('paid');

  const r = await t.say('yes, get me a supervisor');
  r.expect.nextEvent().isFunctionCall({ name: 'escalate_to_human' });
  r.expect.nextEvent().isFunctionCallOutput({ isError: false, output: '' });
  r.expect.nextEvent().isAgentHandoff();
  r.expect.nextEvent().isFunctionCall({ name: 'transfer_to_operator' });
  r.expect.nextEvent().isFunctionCallOutput({ isError: false, output: JSON.stringify(QUEUED) });
  expect(r.expect.nextEvent().isMessage({ role: 'assistant' }).event().item.textContent).toBe(
    'You are in the queue as ticket Q-0001. An operator will call you back, and nothing you told us is lost.',
  );
  r.expect.noMoreEvents();

  const [ticket, ...rest] = await t.operatorQueue.list('waiting');
  expect(rest).toEqual([]);
  expect(ticket).toMatchObject({
    id: 'Q-0001',
    sessionId: t.runtime.sessionId,
    reason: 'Refund of $649.00 for INV-2049 needs supervisor approval.',
    userData: {
      callerName: 'David Kim',
      customerId: 'C-1006',
      verified: true,
      issueCategory: 'billing',
      // The queue stores PII redacted (issue 12); the operator finds the customer by customerId.
      email: '[email]',
    },
  });
  expect(ticket!.summary).toContain('refund the installation, invoice 2049, nobody came');
  expect(t.session.userData).toMatchObject({
    escalationReason: 'Refund of $649.00 for INV-2049 needs supervisor approval.',
    ticketId: 'Q-0001',
  });
  expect(t.runtime.outcome).toBe('escalated');
  expect(t.runtime.stack).toEqual([]);
  expect(t.runtime.events.history.find((e) => e.type === 'handoff' && e.to === 'escalation')).toMatchObject({
    from: 'billing',
    mode: 'escalation',
    history: 'summary',
  });
  expect(t.runtime.events.history.find((e) => e.type === 'escalation')).toMatchObject({
    from: 'escalation',
    channel: 'operator_queue',
    ticketId: 'Q-0001',
    ok: true,
  });

  // The escalation agent can still book the operator's callback, linked to the queue ticket.
  const cb = await t.say('can they call me tomorrow at 10 am on 512 555 0163');
  cb.expect.nextEvent().isFunctionCall({ name: 'schedule_callback' });
  expect(cb.expect.nextEvent().isFunctionCallOutput({ isError: false }).event().item.output).toBe(
    JSON.stringify('Your callback is booked for tomorrow at 10:00 AM, to 512-555-0163. The reference is CB-501.'),
  );
  expect(desk.store.listCallbacks().find((c) => c.id === 'CB-501')).toMatchObject({
    phone: '+15125550163',
    ticketId: 'Q-0001',
    customerId: 'C-1006',
  });
});
