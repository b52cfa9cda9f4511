import { afterEach, expect, it } from 'vitest';
import { startCall } from '../testing/index.js';
import { miniDesk } from './fixtures/mini_desk.js';

let close: (() => Promise<void>) | undefined;
afterEach(async () => close?.());

const toBilling = {
  input: 'go billing',
  toolCalls: [{ name: 'transfer_to_billing', args: { name: 'Ann', topic: 'billing' } }],
};
const toGreeter = { input: 'go back', toolCalls: [{ name: 'transfer_to_greeter', args: {} }] };

it('ends a greeter/billing ping-pong in escalation instead of another bounce', async () => {
  const t = await startCall(miniDesk({ policies: { maxPingPong: 2 } }), [toBilling, toGreeter]);
  close = () => t.close();
  await t.say('go billing'); // greeter → billing
  await t.say('go back'); // billing → greeter
  await t.say('go billing'); // greeter → billing
  expect(t.session.currentAgent.id).toBe('billing');
  await t.say('go back'); // would be the 2nd full round trip: escalate instead
  expect(t.session.currentAgent.id).toBe('human');
  const loop = t.runtime.events.history.find((e) => e.type === 'loop_detected');
  expect(loop).toMatchObject({ agent: 'billing', reason: 'ping-pong between billing and greeter' });
  const last = t.runtime.events.history.filter((e) => e.type === 'handoff').at(-1);
  expect(last).toMatchObject({ from: 'billing', to: 'human', mode: 'loop_escalation', history: 'summary' });
});

it('escalates once the call exceeds the handoff budget', async () => {
  const t = await startCall(miniDesk({ policies: { maxHandoffs: 2, maxPingPong: 10 } }), [toBilling, toGreeter]);
  close = () => t.close();
  await t.say('go billing');
  await t.say('go back');
  expect(t.session.currentAgent.id).toBe('greeter');
  await t.say('go billing');
  expect(t.session.currentAgent.id).toBe('human');
  expect(t.runtime.events.history.find((e) => e.type === 'loop_detected')).toMatchObject({
    reason: 'more than 2 handoffs in one call',
  });
});
