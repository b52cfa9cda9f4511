import { afterEach, expect, it } from 'vitest';
import { startCall } from '../testing/index.js';
import { miniDesk } from './fixtures/mini_desk.js';

let close: (() => Promise<void>) | undefined;
afterEach(async () => close?.());

it('lets a called specialist return to the caller agent with a typed result', async () => {
  const t = await startCall(miniDesk(), [
    { input: 'my router is broken', toolCalls: [{ name: 'transfer_to_tech', args: {} }] },
    {
      input: 'it works now',
      toolCalls: [{ name: 'return_to_previous_agent', args: { resolved: true, summary: 'Router restarted.' } }],
    },
    { input: 'instructions:enter:greeter', content: 'Glad that is fixed. Anything else?' },
  ]);
  close = () => t.close();
  await t.say('my router is broken');
  expect(t.session.currentAgent.id).toBe('tech');
  expect(t.runtime.stack).toEqual([{ agent: 'greeter' }]);
  const tools = Object.keys(t.session.currentAgent.toolCtx.functionTools).sort();
  expect(tools).toEqual(['escalate_to_human', 'return_to_previous_agent', 'transfer_to_billing']);

  const r = await t.say('it works now');
  r.expect.nextEvent().isFunctionCall({ name: 'return_to_previous_agent' });
  r.expect.nextEvent().isFunctionCallOutput({ isError: false });
  r.expect.nextEvent().isAgentHandoff();
  r.expect.nextEvent().isMessage({ role: 'assistant' });
  expect(t.session.currentAgent.id).toBe('greeter');
  expect(t.runtime.stack).toEqual([]);
  expect(t.runtime.events.history.find((e) => e.type === 'return')).toMatchObject({
    from: 'tech',
    to: 'greeter',
    result: { resolved: true, summary: 'Router restarted.' },
  });
});

it("writes an edge's fixed values when it is taken", async () => {
  const t = await startCall(miniDesk(), [
    { input: 'broken', toolCalls: [{ name: 'transfer_to_tech', args: {} }] },
    { input: 'it is billing really', toolCalls: [{ name: 'transfer_to_billing', args: {} }] },
  ]);
  close = () => t.close();
  await t.say('broken');
  expect(t.session.userData.topic).toBeUndefined();
  await t.say('it is billing really');
  expect(t.session.currentAgent.id).toBe('billing');
  expect(t.session.userData.topic).toBe('billing');
});

it('refuses a malformed return result and keeps the specialist on the call', async () => {
  const t = await startCall(miniDesk(), [
    { input: 'broken', toolCalls: [{ name: 'transfer_to_tech', args: {} }] },
    { input: 'done', toolCalls: [{ name: 'return_to_previous_agent', args: { resolved: 'yes' } }] },
  ]);
  close = () => t.close();
  await t.say('broken');
  const r = await t.say('done');
  r.expect.nextEvent().isFunctionCall({ name: 'return_to_previous_agent' });
  r.expect.nextEvent().isFunctionCallOutput({ isError: true });
  expect(t.session.currentAgent.id).toBe('tech');
});

it('escalates to the operator queue with a ticket, summary and userdata, and tells the caller', async () => {
  const t = await startCall(miniDesk(), [
    { input: 'billing', toolCalls: [{ name: 'transfer_to_billing', args: { name: 'Ann', topic: 'billing' } }] },
    {
      input: 'I want a person',
      toolCalls: [{ name: 'escalate_to_human', args: { reason: 'Caller asked for a person.' } }],
    },
    {
      input: 'instructions:enter:human',
      toolCalls: [{ name: 'transfer_to_operator', args: { reason: 'Caller asked for a person.' } }],
    },
  ]);
  close = () => t.close();
  await t.say('billing');
  const r = await t.say('I want a person');
  r.expect.nextEvent().isFunctionCall({ name: 'escalate_to_human' });
  r.expect.nextEvent().isFunctionCallOutput();
  r.expect.nextEvent().isAgentHandoff();
  r.expect.nextEvent().isFunctionCall({ name: 'transfer_to_operator' });
  const told = r.expect.nextEvent().isFunctionCallOutput({ isError: false }).event().item;
  expect(told.output).toMatch(/ticket Q-0001 \(position 1\)/);
  const [ticket] = await t.operatorQueue.list('waiting');
  expect(ticket).toMatchObject({
    id: 'Q-0001',
    reason: 'Caller asked for a person.',
    userData: { name: 'Ann', topic: 'billing' },
  });
  expect(ticket!.summary).toMatch(/I want a person/);
  expect(t.session.userData).toMatchObject({ ticketId: 'Q-0001', escalationReason: 'Caller asked for a person.' });
  expect(t.runtime.outcome).toBe('escalated');
});
