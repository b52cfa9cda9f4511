// History policies are a typed union; the text forms (`full`, `last:N`, ...) are still accepted and
// parsed in one place, so both forms behave the same everywhere (compile, handoff, events, graph).
import { llm } from '@livekit/agents';
import { afterEach, describe, expect, it } from 'vitest';
import { workflowGraph } from '../graph/workflow_graph.js';
import { inspectWorkflow } from './compile.js';
import type { HistoryOption, HistoryPolicy } from './declaration.js';
import { startCall } from '../testing/index.js';
import { miniDesk } from './fixtures/mini_desk.js';
import { carryHistory, historyPolicyText, parseHistoryPolicy } from './history.js';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

describe('history policy forms', () => {
  it.each([
    ['full', { keep: 'all' }],
    ['none', { keep: 'none' }],
    ['summary', { keep: 'summary' }],
    ['last:3', { keep: 'last', turns: 3 }],
  ] as const)('reads "%s" and its typed form as the same policy', (text, typed) => {
    expect(parseHistoryPolicy(text)).toEqual(typed);
    expect(parseHistoryPolicy(typed)).toEqual(typed);
    expect(historyPolicyText(typed)).toBe(text);
  });

  it.each([
    ['last:0', /Unknown history policy "last:0"/],
    ['most', /Unknown history policy "most"/],
    [{ keep: 'last', turns: 0 }, /needs whole turns ≥ 1, got 0/],
    [{ keep: 'last', turns: 2.5 }, /needs whole turns ≥ 1, got 2.5/],
    [{ keep: 'last' }, /needs whole turns ≥ 1, got undefined/],
    [{ keep: 'most' }, /Unknown history policy \{"keep":"most"\}/],
  ])('refuses %j with a sentence naming it', (bad, message) => {
    expect(() => parseHistoryPolicy(bad as HistoryOption)).toThrowError(message);
  });

  it('compiles either form to the typed policy, and names a bad typed one as an edge problem', () => {
    const typed = miniDesk({ billingHistory: { keep: 'last', turns: 2 } });
    const text = miniDesk({ billingHistory: 'last:2' });
    const edgeOf = (spec: typeof typed) =>
      inspectWorkflow(spec).compiled.edges.find((e) => e.tool === 'transfer_to_billing')!;
    expect(edgeOf(typed).history).toEqual({ keep: 'last', turns: 2 });
    expect(edgeOf(text).history).toEqual({ keep: 'last', turns: 2 });
    // The escalation edges default to a summary.
    expect(inspectWorkflow(typed).compiled.edges.find((e) => e.mode === 'escalation')!.history).toEqual({
      keep: 'summary',
    });
    // Diagrams and JSON show the text form, whichever form was declared.
    expect(
      workflowGraph(inspectWorkflow(typed).compiled).edges.find((e) => e.tool === 'transfer_to_billing')!.history,
    ).toBe('last:2');

    const bad = miniDesk({ billingHistory: { keep: 'last', turns: -1 } as HistoryPolicy });
    expect(inspectWorkflow(bad).problems).toContainEqual({
      edge: 'greeter -> billing (transfer_to_billing)',
      message: "History policy { keep: 'last' } needs whole turns ≥ 1, got -1.",
    });
  });

  it('carries the same history for a typed policy as for its text form', async () => {
    const source = llm.ChatContext.empty();
    for (const [role, content] of [
      ['user', 'one'],
      ['assistant', 'reply one'],
      ['user', 'two'],
      ['assistant', 'reply two'],
    ] as const)
      source.addMessage({ role, content });
    const texts = async (policy: HistoryOption) =>
      (await carryHistory(source, { policy, summaryTimeoutMs: 1000 })).chatCtx.items.map(
        (i) => (i as llm.ChatMessage).textContent,
      );
    expect(await texts({ keep: 'last', turns: 1 })).toEqual(['two', 'reply two']);
    expect(await texts('last:1')).toEqual(['two', 'reply two']);
    expect(await texts({ keep: 'none' })).toEqual([]);
  });

  it('hands off with a typed policy and records its text form in the handoff event', async () => {
    const toBilling = {
      input: 'I have a billing question, I am Ann',
      toolCalls: [{ name: 'transfer_to_billing', args: { name: 'Ann', topic: 'billing' } }],
    };
    const t = await startCall(miniDesk({ billingHistory: { keep: 'last', turns: 1 } }), [
      { input: 'hello there', content: 'Hi! What do you need?' },
      toBilling,
    ]);
    cleanup = () => t.close();
    await t.say('hello there');
    await t.say(toBilling.input);
    const carried = t.session.currentAgent.chatCtx.items
      .filter((i) => i.type === 'message' && i.role === 'user')
      .map((i) => (i as llm.ChatMessage).textContent);
    expect(carried).toEqual(['I have a billing question, I am Ann']);
    expect(t.runtime.events.history.find((e) => e.type === 'handoff')).toMatchObject({
      from: 'greeter',
      to: 'billing',
      history: 'last:1',
      mode: 'handoff',
    });
  });
});
