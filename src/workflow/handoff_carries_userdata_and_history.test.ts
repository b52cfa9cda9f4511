import { afterEach, describe, expect, it } from 'vitest';
import { startCall } from '../testing/index.js';
import { miniDesk } from './fixtures/mini_desk.js';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

const toBilling = {
  input: 'I have a billing question, I am Ann',
  toolCalls: [{ name: 'transfer_to_billing', args: { name: 'Ann', topic: 'billing' } }],
};

describe('handoff along an edge', () => {
  it('validates and writes carried userdata, speaks the transition, and the next agent replies', async () => {
    const t = await startCall(miniDesk(), [
      toBilling,
      { input: 'instructions:enter:billing', content: 'Billing here. How can I help with your invoice, Ann?' },
    ]);
    cleanup = () => t.close();
    const result = await t.say(toBilling.input);
    result.expect.nextEvent().isFunctionCall({ name: 'transfer_to_billing', args: { name: 'Ann', topic: 'billing' } });
    result.expect.nextEvent().isFunctionCallOutput({ isError: false });
    result.expect.nextEvent().isAgentHandoff();
    result.expect.nextEvent().isMessage({ role: 'assistant' });
    result.expect.noMoreEvents();
    expect(t.session.currentAgent.id).toBe('billing');
    expect(t.session.userData).toMatchObject({ name: 'Ann', topic: 'billing', verified: false });
    const texts = t.session.history.items
      .filter((i) => i.type === 'message')
      .map((i) => (i as { textContent?: string }).textContent);
    expect(texts).toContain('Thanks Ann, connecting you to billing.');
    const handoff = t.runtime.events.history.find((e) => e.type === 'handoff');
    expect(handoff).toMatchObject({
      from: 'greeter',
      to: 'billing',
      history: 'full',
      args: { name: 'Ann', topic: 'billing' },
    });
  });

  it('gives the next agent instructions that carry the known facts so it does not re-ask', async () => {
    const t = await startCall(miniDesk(), [toBilling]);
    cleanup = () => t.close();
    await t.say(toBilling.input);
    const instructions = String(t.session.currentAgent.instructions);
    expect(instructions).toContain('You handle billing for Ann.');
    expect(instructions).toMatch(/Known facts[\s\S]*name: "Ann"/);
    expect(instructions).toMatch(/do not ask for them again/);
  });

  it('rejects carried values that do not fit the userdata schema and keeps the caller with the same agent', async () => {
    const bad = {
      input: 'bill me',
      toolCalls: [{ name: 'transfer_to_billing', args: { name: 'Ann', topic: 'sales' } }],
    };
    const t = await startCall(miniDesk(), [bad]);
    cleanup = () => t.close();
    const result = await t.say(bad.input);
    result.expect.nextEvent().isFunctionCall({ name: 'transfer_to_billing' });
    result.expect.nextEvent().isFunctionCallOutput({ isError: true });
    expect(t.session.currentAgent.id).toBe('greeter');
    expect(t.session.userData.topic).toBeUndefined();
  });

  it.each([
    ['full', ['I have a billing question, I am Ann']],
    ['none', []],
    ['last:1', ['I have a billing question, I am Ann']],
  ] as const)('carries history with policy %s', async (policy, expectedUser) => {
    const t = await startCall(
      miniDesk({
        billingHistory: policy,
      }),
      [{ input: 'hello there', content: 'Hi! What do you need?' }, toBilling],
    );
    cleanup = () => t.close();
    await t.say('hello there');
    await t.say(toBilling.input);
    const carried = t.session.currentAgent.chatCtx.items
      .filter((i) => i.type === 'message' && i.role === 'user')
      .map((i) => (i as { textContent?: string }).textContent);
    if (policy === 'full') expect(carried).toEqual(['hello there', ...expectedUser]);
    else expect(carried).toEqual(expectedUser);
    expect(
      t.session.currentAgent.chatCtx.items.some(
        (i) =>
          i.type === 'message' &&
          i.role === 'system' &&
          /greet callers/.test((i as { textContent?: string }).textContent ?? ''),
      ),
    ).toBe(false);
  });

  it('carries an extractive summary when the session LLM cannot summarise', async () => {
    const t = await startCall(miniDesk({ billingHistory: 'summary' }), [
      { input: 'hello there', content: 'Hi!' },
      toBilling,
    ]);
    cleanup = () => t.close();
    await t.say('hello there');
    await t.say(toBilling.input);
    const first = t.session.currentAgent.chatCtx.items.find((i) => i.type === 'message' && i.role === 'assistant') as {
      role: string;
      textContent?: string;
    };
    expect(first.textContent).toMatch(
      /^\(Summary of the call so far\) The caller said: hello there \| I have a billing question, I am Ann/,
    );
  });
});
