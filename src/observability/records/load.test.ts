import { initializeLogger } from '@livekit/agents';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { announceSkips, STORE_KINDS, type TestStore } from '../fixtures/stores.js';
import { simulateCalls } from './record_bench.js';

initializeLogger({ pretty: false, level: 'fatal' });
announceSkips();

describe.each(STORE_KINDS)('200 concurrent sessions into one $name store', (kind) => {
  let t: TestStore;
  beforeEach(async () => {
    if (kind.skip) return;
    t = await kind.open();
  });
  afterEach(async () => {
    await t?.cleanup();
  });

  it.skipIf(Boolean(kind.skip))('lose no event and keep each session in order', { timeout: 120_000 }, async () => {
    const calls = await simulateCalls({ store: t.store, sessions: 200, eventsPerSession: 60, seed: 7 });
    const sessions = await t.store.listSessions({ limit: 1000 });
    expect(sessions).toHaveLength(200);
    // Each simulated caller's tools succeeded before they hung up: something was done, so resolved.
    expect(new Set(sessions.map((s) => s.outcome))).toEqual(new Set(['resolved']));
    for (const call of calls) {
      const record = await t.store.getSession(call.sessionId);
      // Every event the recorder handed out is stored, numbered 1..N without gaps.
      expect(record!.events.map((e) => e.seq)).toEqual(Array.from({ length: call.recorder.lastSeq }, (_, i) => i + 1));
      // The caller's own steps come back in the order they happened.
      const steps = record!.events
        .map((e) =>
          e.kind === 'tool_call'
            ? (e.data.args as { step: number }).step
            : e.kind === 'transcript'
              ? Number(/^step (\d+)/.exec(String(e.data.text))?.[1])
              : e.kind === 'userdata_changed'
                ? Number(String(e.data.tool).slice(5))
                : undefined,
        )
        .filter((x): x is number => x !== undefined);
      expect(steps).toEqual(call.steps);
      expect(record!.events.at(-1)!.kind).toBe('session_closed');
    }
  });
});
