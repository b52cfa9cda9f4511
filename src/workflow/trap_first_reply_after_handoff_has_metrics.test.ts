import { type metrics, voice } from '@livekit/agents';
import { afterEach, expect, it } from 'vitest';
import { startCall } from '../testing/index.js';
import { miniDesk } from './fixtures/mini_desk.js';

let close: (() => Promise<void>) | undefined;
afterEach(async () => close?.());

it('still reports latency metrics for the first reply after a handoff', async () => {
  const t = await startCall(miniDesk(), [
    { input: 'billing please', toolCalls: [{ name: 'transfer_to_billing', args: { name: 'Ann', topic: 'billing' } }] },
    { input: 'instructions:enter:billing', content: 'Billing here, how can I help?' },
  ]);
  close = () => t.close();
  const collected: metrics.AgentMetrics[] = [];
  t.session.on(voice.AgentSessionEventTypes.MetricsCollected, (ev) => collected.push(ev.metrics));
  const r = await t.say('billing please');
  const reply = r.expect.nextEvent({ type: 'message' }).isMessage({ role: 'assistant' }).event().item;
  expect(reply.textContent).toBe('Billing here, how can I help?');
  expect(reply.metrics?.llmNodeTtft).toBeTypeOf('number');
  const llmMetrics = collected.filter((m) => m.type === 'llm_metrics');
  // One LLM call for the handoff turn, one for billing's first reply.
  expect(llmMetrics.length).toBeGreaterThanOrEqual(2);
  expect(llmMetrics.at(-1)!.ttftMs).toBeGreaterThanOrEqual(0);
  expect(t.runtime.events.history.find((e) => e.type === 'handoff_completed')).toMatchObject({
    from: 'greeter',
    to: 'billing',
  });
});
