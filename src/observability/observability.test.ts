import { initializeLogger, log } from '@livekit/agents';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runSupportCall } from './fixtures/support_call.js';
import { createMetrics } from './metrics/metrics.js';
import { startObservability, type ObservedCall } from './observability.js';
import { openRecordStore } from './records/open_record_store.js';

initializeLogger({ pretty: false, level: 'fatal' });

describe('startObservability', () => {
  const dir = mkdtempSync(join(tmpdir(), 'switchboard-obs-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('records, counts and redacts a call from environment settings, and writes everything by shutdown', async () => {
    const db = join(dir, 'records.db');
    const metrics = createMetrics();
    const obs = await startObservability({ env: { SWITCHBOARD_DB: db }, metrics });
    expect(obs.store?.location).toBe(db);
    expect(obs.tracing).toBeUndefined();
    expect(obs.pusher).toBeUndefined();
    expect((log() as unknown as Record<symbol, unknown>)[Symbol.for('switchboard.redactingLogger')]).toBe(true);
    let observed: ObservedCall | undefined;
    const call = await runSupportCall(({ runtime, session }) => {
      observed = obs.observe(runtime, session, { room: 'room-1', caller: 'ann@example.com' });
    });
    await obs.shutdown();

    const reader = await openRecordStore({ kind: 'sqlite', path: db }, { readonly: true });
    const record = await reader.getSession(call.runtime.sessionId);
    await reader.close();
    expect(record).toMatchObject({ outcome: 'resolved', caller: '[email]', agents: ['greeter', 'billing'] });
    expect(record!.events).toHaveLength(observed!.recorder!.lastSeq);
    const sessions = (await metrics.registry.getSingleMetric('switchboard_sessions_total')!.get()).values;
    expect(sessions).toEqual([{ labels: { outcome: 'resolved' }, value: 1 }]);
  });

  it('refuses a bad RECORD_REDACT before touching any store', async () => {
    await expect(
      startObservability({ env: { RECORD_REDACT: 'sometimes', SWITCHBOARD_DB: join(dir, 'never.db') } }),
    ).rejects.toThrow(/RECORD_REDACT must be "on" or "off"/);
  });
});
