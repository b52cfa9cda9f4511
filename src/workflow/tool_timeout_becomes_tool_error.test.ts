import { afterEach, expect, it } from 'vitest';
import { startCall } from '../testing/index.js';
import { miniDesk } from './fixtures/mini_desk.js';

let close: (() => Promise<void>) | undefined;
afterEach(async () => close?.());

it('turns a hanging tool into a ToolError the model can talk about, and the call goes on', async () => {
  const t = await startCall(miniDesk({ policies: { toolTimeoutMs: 100 }, slowToolMs: 5_000 }), [
    { input: 'look it up', toolCalls: [{ name: 'slow_lookup', args: {} }] },
    { input: 'ping', toolCalls: [{ name: 'ping', args: {} }] },
  ]);
  close = () => t.close();
  const r = await t.say('look it up');
  r.expect.nextEvent().isFunctionCall({ name: 'slow_lookup' });
  const out = r.expect.nextEvent().isFunctionCallOutput({ isError: true }).event().item;
  expect(out.output).toMatch(/slow_lookup did not answer within 0\.1 seconds\. Apologise/);
  const ev = t.runtime.events.history.find((e) => e.type === 'tool_call' && e.tool === 'slow_lookup');
  expect(ev).toMatchObject({ ok: false, timedOut: true });

  const next = await t.say('ping');
  next.expect.nextEvent().isFunctionCall({ name: 'ping' });
  next.expect.nextEvent().isFunctionCallOutput({ isError: false });
});
