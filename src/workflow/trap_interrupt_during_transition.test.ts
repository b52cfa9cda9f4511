import { voice } from '@livekit/agents';
import { afterEach, expect, it } from 'vitest';
import { startCall } from '../testing/index.js';
import { miniDesk } from './fixtures/mini_desk.js';

let close: (() => Promise<void>) | undefined;
afterEach(async () => close?.());

// The caller talking over the transition line must not leave the call stuck between agents.
it('finishes the handoff when the caller interrupts the transition message', async () => {
  const t = await startCall(miniDesk(), [
    { input: 'billing please', toolCalls: [{ name: 'transfer_to_billing', args: { name: 'Ann', topic: 'billing' } }] },
    { input: 'instructions:enter:billing', content: 'Billing here, how can I help?' },
    { input: 'refund please', toolCalls: [{ name: 'refund', args: {} }] },
  ]);
  close = () => t.close();
  // Interrupt as soon as the transition line is created.
  t.session.on(voice.AgentSessionEventTypes.SpeechCreated, (ev) => {
    if (ev.source === 'say') setTimeout(() => t.session.interrupt(), 0);
  });
  await t.say('billing please');
  expect(t.session.currentAgent.id).toBe('billing');
  const next = await t.say('refund please');
  next.expect.nextEvent().isFunctionCall({ name: 'refund' });
  next.expect.nextEvent().isFunctionCallOutput({ isError: true }); // guarded: not verified yet
  expect(t.session.currentAgent.id).toBe('billing');
});
