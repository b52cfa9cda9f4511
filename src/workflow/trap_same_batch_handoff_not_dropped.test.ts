import { afterEach, expect, it } from 'vitest';
import { startCall } from '../testing/index.js';
import { miniDesk } from './fixtures/mini_desk.js';

let close: (() => Promise<void>) | undefined;
afterEach(async () => close?.());

// Reported upstream: a handoff returned in the same tool-call batch as another tool was silently lost.
it.each([
  ['handoff last', ['ping', 'transfer_to_billing']],
  ['handoff first', ['transfer_to_billing', 'ping']],
])('keeps a handoff that shares its tool-call batch with another tool (%s)', async (_label, order) => {
  const args: Record<string, Record<string, unknown>> = {
    ping: {},
    transfer_to_billing: { name: 'Ann', topic: 'billing' },
  };
  const t = await startCall(miniDesk(), [
    { input: 'check and move me', toolCalls: order.map((name) => ({ name, args: args[name]! })) },
    { input: 'instructions:enter:billing', content: 'Billing here.' },
  ]);
  close = () => t.close();
  const r = await t.say('check and move me');
  r.expect.containsFunctionCall({ name: 'ping' });
  r.expect.containsFunctionCall({ name: 'transfer_to_billing' });
  r.expect.containsAgentHandoff();
  r.expect.containsMessage({ role: 'assistant' });
  expect(t.session.currentAgent.id).toBe('billing');
  expect(t.session.userData.name).toBe('Ann');
});
