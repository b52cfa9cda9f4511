import { afterEach, expect, it } from 'vitest';
import { afterTool, onCaller, onEnter, onReturn, startCall, type TestCall } from '../../src/testing/index.js';
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

const HELLO = 'Hi, I am Ann Lee and my internet is down';
const opening = [
  onCaller(HELLO, {
    toolCalls: [{ name: 'transfer_to_triage', args: { callerName: 'Ann Lee', collectedDetails: ['Internet down'] } }],
  }),
  onEnter('triage', { content: 'Hi Ann Lee, let me bring in technical support.' }),
  onCaller('ok', { toolCalls: [{ name: 'transfer_to_technical', args: {} }] }),
  onEnter('technical', { content: 'Technical support here. Please restart your router.' }),
];

it('technical hands back to triage with its result; triage asks "anything else?" and can end the call', async () => {
  desk = deskFixture();
  t = await startCall(desk.workflow, [
    GREETS,
    ...opening,
    onCaller('that fixed it, it works now', {
      toolCalls: [
        {
          name: 'return_to_previous_agent',
          args: { resolved: true, summary: 'Router restarted; internet works again.' },
        },
      ],
    }),
    onReturn('triage', {
      content: 'Great, your internet works again after the restart. Is there anything else I can help with?',
    }),
    onCaller('no, that is all, bye', { toolCalls: [{ name: 'end_call', args: {} }] }),
    afterTool('The call will end after your goodbye. Say a short, warm goodbye now.', {
      content: 'Thanks for calling, goodbye!',
    }),
  ]);
  await t.say(HELLO);
  await t.say('ok');
  expect(t.runtime.stack).toEqual([{ agent: 'triage' }]);

  const r = await t.say('that fixed it, it works now');
  r.expect.nextEvent().isFunctionCall({
    name: 'return_to_previous_agent',
    args: { resolved: true, summary: 'Router restarted; internet works again.' },
  });
  r.expect.nextEvent().isFunctionCallOutput({ isError: false, output: '' });
  r.expect.nextEvent().isAgentHandoff();
  expect(r.expect.nextEvent().isMessage({ role: 'assistant' }).event().item.textContent).toBe(
    'Great, your internet works again after the restart. Is there anything else I can help with?',
  );
  r.expect.noMoreEvents();

  expect(t.session.currentAgent.id).toBe('triage');
  expect(t.runtime.stack).toEqual([]);
  expect(t.runtime.events.history.find((e) => e.type === 'return')).toMatchObject({
    from: 'technical',
    to: 'triage',
    result: { resolved: true, summary: 'Router restarted; internet works again.' },
  });
  // Triage's entry turn sees the typed result, not its greeting instruction.
  const prompt = t.llm.entryPrompt('triage')!;
  expect(prompt).toContain('[on enter: triage from technical (return)]');
  expect(prompt).toContain('Result: {"resolved":true,"summary":"Router restarted; internet works again."}.');
  expect(prompt).not.toContain('Greet Ann Lee by name');

  const bye = await t.say('no, that is all, bye');
  bye.expect.nextEvent().isFunctionCall({ name: 'end_call' });
  bye.expect.nextEvent().isFunctionCallOutput({ isError: false });
  expect(bye.expect.nextEvent().isMessage({ role: 'assistant' }).event().item.textContent).toBe(
    'Thanks for calling, goodbye!',
  );
  bye.expect.noMoreEvents();
  expect(t.runtime.events.history.find((e) => e.type === 'call_ended')).toMatchObject({
    agent: 'triage',
    outcome: 'resolved',
  });
  expect(t.runtime.outcome).toBe('resolved');
});

it('a specialist reached by a lateral move returns to triage, not to the specialist before it', async () => {
  desk = deskFixture();
  t = await startCall(desk.workflow, [
    GREETS,
    ...opening,
    onCaller('and can I get money back for the outage', { toolCalls: [{ name: 'transfer_to_billing', args: {} }] }),
    onEnter('billing', { content: 'Billing here.' }),
    onCaller('never mind, I will call back about that', {
      toolCalls: [
        {
          name: 'return_to_previous_agent',
          args: { resolved: false, summary: 'Caller will call back about an outage credit.' },
        },
      ],
    }),
    onReturn('triage', { content: 'Understood. Anything else today?' }),
  ]);
  for (const said of [
    HELLO,
    'ok',
    'and can I get money back for the outage',
    'never mind, I will call back about that',
  ])
    await t.say(said);

  expect(t.session.currentAgent.id).toBe('triage');
  expect(t.runtime.stack).toEqual([]);
  expect(t.runtime.events.history.find((e) => e.type === 'return')).toMatchObject({
    from: 'billing',
    to: 'triage',
    result: { resolved: false },
  });
  expect(t.llm.entryPrompt('triage')).toContain(
    'Result: {"resolved":false,"summary":"Caller will call back about an outage credit."}.',
  );
});

it('refuses a result without its summary and keeps the specialist on the call', async () => {
  desk = deskFixture();
  t = await startCall(desk.workflow, [
    GREETS,
    ...opening,
    onCaller('works now', { toolCalls: [{ name: 'return_to_previous_agent', args: { resolved: true } }] }),
  ]);
  await t.say(HELLO);
  await t.say('ok');
  const r = await t.say('works now');
  r.expect.nextEvent().isFunctionCall({ name: 'return_to_previous_agent' });
  expect(r.expect.nextEvent().isFunctionCallOutput({ isError: true }).event().item.output).toMatch(/summary/);
  r.expect.noMoreEvents();
  expect(t.session.currentAgent.id).toBe('technical');
  expect(t.runtime.stack).toEqual([{ agent: 'triage' }]);
});
