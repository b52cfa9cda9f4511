import { afterEach, describe, expect, it } from 'vitest';
import type { WorkflowEvent } from 'switchboard';
import { afterTool, onCaller, onEnter, startCall, type TestCall } from 'switchboard/testing';
import { deskFixture, type DeskFixture, GREETING, GREETS } from './testing/desk_fixture.js';
import type { supportUserData } from './userdata.js';

let t: TestCall<typeof supportUserData> | undefined;
let desk: DeskFixture | undefined;
afterEach(async () => {
  await t?.close();
  desk?.close();
  t = undefined;
  desk = undefined;
});

const handoffs = (call: TestCall<typeof supportUserData>) =>
  call.runtime.events.history.filter((e): e is Extract<WorkflowEvent, { type: 'handoff' }> => e.type === 'handoff');

const HELLO = 'Hi, I am Ann Lee and my internet is down';
const toTriage = onCaller(HELLO, {
  toolCalls: [
    {
      name: 'transfer_to_triage',
      args: { callerName: 'Ann Lee', collectedDetails: ['Internet down since this morning'] },
    },
  ],
});
const triageHello = onEnter('triage', { content: 'Hi Ann Lee. How can I help?' });

describe('greeter → triage', () => {
  it('writes who is calling and why into userdata, carries the full history, and triage does not re-ask', async () => {
    desk = deskFixture();
    t = await startCall(desk.workflow, [GREETS, toTriage, triageHello]);
    await t.say(HELLO);

    expect(handoffs(t)).toEqual([
      expect.objectContaining({
        from: 'greeter',
        to: 'triage',
        tool: 'transfer_to_triage',
        mode: 'handoff',
        history: 'full',
        args: { callerName: 'Ann Lee', collectedDetails: ['Internet down since this morning'] },
      }),
    ]);
    expect(t.session.userData).toMatchObject({
      callerName: 'Ann Lee',
      collectedDetails: ['Internet down since this morning'],
      verified: false,
    });
    // The transition line is carried too, so triage knows it was already said.
    expect(t.context()).toEqual([
      `assistant: ${GREETING}`,
      `user: ${HELLO}`,
      'assistant: Thanks Ann Lee, one moment.',
      'assistant: Hi Ann Lee. How can I help?',
    ]);
    expect(t.instructions()).toContain(
      'Known facts about this call (already collected; do not ask for them again):\n- collectedDetails: "Internet down since this morning"\n- callerName: "Ann Lee"',
    );
    expect(t.llm.entryPrompt('triage')).toContain('Greet Ann Lee by name. Confirm in one sentence what they need');
    // The caller hears the transition line before triage speaks.
    const spoken = t.session.history.items.flatMap((i) =>
      i.type === 'message' && i.role === 'assistant' ? [i.textContent] : [],
    );
    expect(spoken).toContain('Thanks Ann Lee, one moment.');
  });
});

describe('triage → technical (call)', () => {
  it('sets the issue category, keeps only the last 4 caller turns, and pushes a return frame', async () => {
    desk = deskFixture();
    t = await startCall(desk.workflow, [
      GREETS,
      toTriage,
      triageHello,
      onCaller('first, where is order 4012', {
        toolCalls: [{ name: 'lookup_order_status', args: { order_id: '4012' } }],
      }),
      afterTool(
        // Named but not verified: where and when only (issue 12).
        'Order 4012 is on its way; it is expected tomorrow. Once I have verified you with your email or account number, I can give you the carrier and tracking details too.',
        {
          content: 'Your router shipped on Sunday and arrives tomorrow.',
        },
      ),
      onCaller('ok thanks', { content: 'Anything else?' }),
      onCaller('the internet is still down though', { content: 'Shall I bring in technical support?' }),
      onCaller('yes please', { toolCalls: [{ name: 'transfer_to_technical', args: { reason: 'Internet down.' } }] }),
      onEnter('technical', { content: 'Technical support here.' }),
    ]);
    for (const said of [
      HELLO,
      'first, where is order 4012',
      'ok thanks',
      'the internet is still down though',
      'yes please',
    ])
      await t.say(said);

    expect(t.session.currentAgent.id).toBe('technical');
    expect(handoffs(t).at(-1)).toMatchObject({
      from: 'triage',
      to: 'technical',
      mode: 'call',
      history: 'last:4',
    });
    // The edge sets the category; the model does not pass it.
    expect(handoffs(t).at(-1)!.args).not.toHaveProperty('issueCategory');
    expect(t.runtime.stack).toEqual([{ agent: 'triage' }]);
    expect(t.session.userData).toMatchObject({ issueCategory: 'technical', orderIds: ['4012'], callerName: 'Ann Lee' });
    // The greeting and the first caller turn fall outside the last 4 turns.
    expect(t.context()).toEqual([
      'user: first, where is order 4012',
      'assistant: Your router shipped on Sunday and arrives tomorrow.',
      'user: ok thanks',
      'assistant: Anything else?',
      'user: the internet is still down though',
      'assistant: Shall I bring in technical support?',
      'user: yes please',
      'assistant: Let me bring in technical support for that.',
      'assistant: Technical support here.',
    ]);
    const instructions = t.instructions();
    expect(instructions).toContain('- issueCategory: "technical"');
    expect(instructions).toContain('- orderIds: "4012"');
    expect(instructions).toContain(
      'When you have finished, hand the caller back to the triage agent with your result.',
    );
  });
});

describe('triage → billing (call)', () => {
  it('carries the email the caller gave, but never a protected field', async () => {
    desk = deskFixture();
    t = await startCall(desk.workflow, [
      GREETS,
      toTriage,
      triageHello,
      onCaller('I have a question about my bill, my email is ann.lee@example.com', {
        toolCalls: [
          { name: 'transfer_to_billing', args: { email: 'ann.lee@example.com', verified: true, customerId: 'C-1001' } },
        ],
      }),
      onEnter('billing', { content: 'Billing here. May I have your full name to verify you?' }),
    ]);
    await t.say(HELLO);
    await t.say('I have a question about my bill, my email is ann.lee@example.com');

    expect(t.session.currentAgent.id).toBe('billing');
    expect(handoffs(t).at(-1)).toMatchObject({
      from: 'triage',
      to: 'billing',
      mode: 'call',
      history: 'last:4',
      args: { email: 'ann.lee@example.com' },
    });
    expect(handoffs(t).at(-1)!.args).not.toHaveProperty('issueCategory');
    expect(t.session.userData).toMatchObject({
      email: 'ann.lee@example.com',
      issueCategory: 'billing',
      verified: false,
    });
    expect(t.session.userData.customerId).toBeUndefined();
    expect(t.instructions()).toContain('- email: "ann.lee@example.com"');
    expect(t.llm.entryPrompt('billing')).toContain(
      'ask for the caller’s full name and the email or account number on file so you can verify them',
    );
  });
});

describe('lateral moves between specialists', () => {
  const lateral = [
    toTriage,
    triageHello,
    onCaller('yes please', { toolCalls: [{ name: 'transfer_to_technical', args: {} }] }),
    onEnter('technical', { content: 'Technical support here.' }),
    onCaller('can I get a refund for the outage days', {
      toolCalls: [{ name: 'transfer_to_billing', args: { collectedDetails: ['Refund for the outage days'] } }],
    }),
    onEnter('billing', { content: 'Billing here.' }),
    onCaller('actually my router still has a red light', { toolCalls: [{ name: 'transfer_to_technical', args: {} }] }),
  ];

  it('technical → billing hands over a summary instead of the transcript and keeps the frame to triage', async () => {
    desk = deskFixture();
    t = await startCall(desk.workflow, [GREETS, ...lateral]);
    for (const said of [HELLO, 'yes please', 'can I get a refund for the outage days']) await t.say(said);

    expect(t.session.currentAgent.id).toBe('billing');
    expect(handoffs(t).at(-1)).toMatchObject({
      from: 'technical',
      to: 'billing',
      mode: 'handoff',
      history: 'summary',
    });
    // The edge sets the category; the model does not pass it.
    expect(handoffs(t).at(-1)!.args).not.toHaveProperty('issueCategory');
    expect(t.session.userData.issueCategory).toBe('billing');
    // The new need goes last, so billing restates it rather than the reason the caller first gave.
    expect(t.session.userData.collectedDetails).toEqual([
      'Internet down since this morning',
      'Refund for the outage days',
    ]);
    expect(t.runtime.stack).toEqual([{ agent: 'triage' }]);
    expect(t.context()).toEqual([
      `assistant: (Summary of the call so far) The caller said: ${HELLO} | yes please | can I get a refund for the outage days`,
      'assistant: That is a billing question, so let me pass you to billing.',
      'assistant: Billing here.',
    ]);
  });

  it('billing → technical switches the category back and summarises again', async () => {
    desk = deskFixture();
    t = await startCall(desk.workflow, [
      GREETS,
      ...lateral,
      onEnter('technical', { content: 'Technical support again.' }),
    ]);
    for (const said of [
      HELLO,
      'yes please',
      'can I get a refund for the outage days',
      'actually my router still has a red light',
    ])
      await t.say(said);

    expect(t.session.currentAgent.id).toBe('technical');
    expect(handoffs(t).at(-1)).toMatchObject({
      from: 'billing',
      to: 'technical',
      mode: 'handoff',
      history: 'summary',
    });
    // The edge sets the category; the model does not pass it.
    expect(handoffs(t).at(-1)!.args).not.toHaveProperty('issueCategory');
    expect(t.session.userData.issueCategory).toBe('technical');
    expect(t.context()[0]).toMatch(
      /^assistant: \(Summary of the call so far\) The caller said: .*actually my router still has a red light$/,
    );
    expect(t.context().slice(1)).toEqual([
      'assistant: That sounds like a technical problem, so let me pass you to technical support.',
      'assistant: Technical support again.',
    ]);
  });
});
