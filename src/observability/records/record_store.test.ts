import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { announceSkips, PG_URL, STORE_KINDS, type TestStore } from '../fixtures/stores.js';
import { PgRecordStore } from './pg_record_store.js';
import { openRecordStore, recordStoreSettingsFromEnv } from './open_record_store.js';
import { RecordStoreError } from './record_store_error.js';
import type { RecordOp } from './record_types.js';
import { MIGRATIONS, SCHEMA_VERSION } from './schema.js';
import { SqliteRecordStore } from './sqlite_record_store.js';

announceSkips();

function event(sessionId: string, seq: number, kind: string, data: Record<string, unknown>, agent?: string): RecordOp {
  return { op: 'event', row: { sessionId, seq, at: 1_000 + seq, kind, agent, data: JSON.stringify(data) } };
}

function call(id: string, startedAt: number, agents: string[], outcome?: 'resolved' | 'escalated'): RecordOp[] {
  const ops: RecordOp[] = [
    { op: 'start', row: { id, startedAt, room: 'r1', caller: 'c1', workflow: 'support', worker: 'w1' } },
  ];
  let seq = 0;
  for (const a of agents) ops.push(event(id, ++seq, 'agent_entered', { agent: a }, a));
  ops.push(event(id, ++seq, 'tool_call', { tool: 'lookup', durationMs: 3 }, agents[0]));
  ops.push(event(id, ++seq, 'handoff', { from: agents[0], to: agents[1] }, agents[0]));
  if (outcome) ops.push({ op: 'end', row: { id, endedAt: startedAt + 5_000, outcome, closeReason: 'user_initiated' } });
  return ops;
}

describe.each(STORE_KINDS)('$name record store', (kind) => {
  let t: TestStore;
  beforeEach(async () => {
    if (kind.skip) return;
    t = await kind.open();
  });
  afterEach(async () => {
    await t?.cleanup();
  });

  it.skipIf(Boolean(kind.skip))('applies every migration once and reports the schema version', async () => {
    expect(await t.store.schemaVersion()).toBe(SCHEMA_VERSION);
    // Re-opening the same store (a second worker, a restart) applies nothing twice.
    const again = await openRecordStore(t.settings);
    expect(await again.schemaVersion()).toBe(SCHEMA_VERSION);
    await again.close();
  });

  it.skipIf(Boolean(kind.skip))('reads back a session with its events in seq order and its agent path', async () => {
    await t.store.apply(call('s-1', 10_000, ['greeter', 'billing'], 'resolved'));
    const s = await t.store.getSession('s-1');
    expect(s).toMatchObject({
      id: 's-1',
      startedAt: 10_000,
      endedAt: 15_000,
      durationMs: 5_000,
      room: 'r1',
      caller: 'c1',
      workflow: 'support',
      outcome: 'resolved',
      closeReason: 'user_initiated',
      agents: ['greeter', 'billing'],
      handoffs: 1,
      toolCalls: 1,
      eventCount: 4,
    });
    expect(s!.events.map((e) => [e.seq, e.kind])).toEqual([
      [1, 'agent_entered'],
      [2, 'agent_entered'],
      [3, 'tool_call'],
      [4, 'handoff'],
    ]);
    expect(s!.events[2]!.data).toEqual({ tool: 'lookup', durationMs: 3 });
    expect(await t.store.getSession('nope')).toBeUndefined();
  });

  it.skipIf(Boolean(kind.skip))(
    'is idempotent: re-applying a batch after an uncertain commit duplicates nothing',
    async () => {
      const ops = call('s-2', 20_000, ['a', 'b']);
      await t.store.apply(ops);
      await t.store.apply(ops);
      const s = await t.store.getSession('s-2');
      expect(s!.events).toHaveLength(4);
      expect(s!.outcome).toBe('incomplete');
      expect(s!.endedAt).toBeUndefined();
    },
  );

  it.skipIf(Boolean(kind.skip))('rolls back a whole batch when one write fails', async () => {
    // An event for a session that was never started breaks the foreign key.
    const ops: RecordOp[] = [...call('s-3', 30_000, ['a', 'b']), event('missing', 1, 'x', {})];
    await expect(t.store.apply(ops)).rejects.toBeInstanceOf(RecordStoreError);
    expect(await t.store.getSession('s-3')).toBeUndefined();
  });

  it.skipIf(Boolean(kind.skip))(
    'lists the newest sessions first, finds ids by prefix and queries events by kind',
    async () => {
      await t.store.apply(call('aaa-1', 1_000, ['x', 'y'], 'resolved'));
      await t.store.apply(call('aab-2', 2_000, ['y', 'x'], 'escalated'));
      await t.store.apply(call('b_%-3', 3_000, ['x', 'z']));
      const list = await t.store.listSessions({ limit: 2 });
      expect(list.map((s) => [s.id, s.outcome, s.agents])).toEqual([
        ['b_%-3', 'incomplete', ['x', 'z']],
        ['aab-2', 'escalated', ['y', 'x']],
      ]);
      expect((await t.store.findSessionIds('aa')).sort()).toEqual(['aaa-1', 'aab-2']);
      expect(await t.store.findSessionIds('aab')).toEqual(['aab-2']);
      // `_` and `%` are literal, not wildcards.
      expect(await t.store.findSessionIds('b_%')).toEqual(['b_%-3']);
      expect(await t.store.findSessionIds('b__')).toEqual([]);
      const handoffs = await t.store.eventsOfKinds(['handoff'], { sessionIds: ['aaa-1', 'aab-2'] });
      expect(handoffs.map((e) => [e.sessionId, e.data.from, e.data.to]).sort()).toEqual([
        ['aaa-1', 'x', 'y'],
        ['aab-2', 'y', 'x'],
      ]);
      expect(await t.store.eventsOfKinds(['handoff', 'tool_call'])).toHaveLength(6);
    },
  );

  it.skipIf(Boolean(kind.skip))('opens read only for reporting without changing the store', async () => {
    await t.store.apply(call('r-1', 1_000, ['a', 'b'], 'resolved'));
    const reader = await openRecordStore(t.settings, { readonly: true });
    expect((await reader.listSessions()).map((s) => s.id)).toEqual(['r-1']);
    await reader.close();
  });
});

describe('SQLite store errors', () => {
  const dir = mkdtempSync(join(tmpdir(), 'switchboard-store-errors-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('says there are no records yet when the file does not exist (read only)', () => {
    expect(() => SqliteRecordStore.open(join(dir, 'missing.db'), { readonly: true })).toThrow(
      /No records store at .*missing\.db; nothing recorded yet/,
    );
  });

  it('says a damaged or foreign file is not a record store', () => {
    const junk = join(dir, 'junk.db');
    writeFileSync(junk, 'this is not a database, just some text that is long enough to be read as a header'.repeat(20));
    const error = (() => {
      try {
        SqliteRecordStore.open(junk, { readonly: true });
      } catch (e) {
        return e as RecordStoreError;
      }
    })();
    expect(error).toBeInstanceOf(RecordStoreError);
    expect(error!.code).toBe('corrupt');
    expect(error!.message).toMatch(/not a readable Switchboard record store/);
  });

  it('says a SQLite file without our tables is not a record store', () => {
    const other = join(dir, 'other.db');
    new Database(other).exec('CREATE TABLE t (x INTEGER)').close();
    expect(() => SqliteRecordStore.open(other, { readonly: true })).toThrow(/not a Switchboard record store/);
  });

  it('refuses a store written by a newer schema', () => {
    const path = join(dir, 'newer.db');
    SqliteRecordStore.open(path).close();
    const db = new Database(path);
    db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
      SCHEMA_VERSION + 1,
      'future',
      0,
    );
    db.close();
    expect(() => SqliteRecordStore.open(path)).toThrow(/newer than this Switchboard understands/);
  });

  it('says the store is locked when another process holds it exclusively', async () => {
    const path = join(dir, 'locked.db');
    const writer = SqliteRecordStore.open(path);
    await writer.apply(call('l-1', 1, ['a', 'b']));
    await writer.close();
    const holder = new Database(path);
    holder.pragma('locking_mode = EXCLUSIVE');
    holder.exec('BEGIN EXCLUSIVE');
    try {
      expect(() => SqliteRecordStore.open(path, { readonly: true, busyTimeoutMs: 50 })).toThrow(
        /locked by another process/,
      );
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
  });

  it('keeps every migration in one ordered list', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });
});

describe('store settings', () => {
  it('uses PostgreSQL when DATABASE_URL is set, else SWITCHBOARD_DB, else ./data/switchboard.db', () => {
    expect(recordStoreSettingsFromEnv({ DATABASE_URL: 'postgres://u:p@h/db', SWITCHBOARD_DB: 'x.db' })).toEqual({
      kind: 'postgres',
      url: 'postgres://u:p@h/db',
    });
    expect(recordStoreSettingsFromEnv({ SWITCHBOARD_DB: '/tmp/x.db' })).toEqual({ kind: 'sqlite', path: '/tmp/x.db' });
    expect(recordStoreSettingsFromEnv({})).toEqual({ kind: 'sqlite', path: './data/switchboard.db' });
  });
});

describe.skipIf(!PG_URL)('PostgreSQL store start-up', () => {
  it('lets several workers start at once and migrate the same schema exactly once', async () => {
    const schema = `sb_test_concurrent_${process.pid}`;
    const stores = await Promise.all([1, 2, 3, 4].map(() => PgRecordStore.open(PG_URL!, { schema })));
    try {
      for (const s of stores) expect(await s.schemaVersion()).toBe(SCHEMA_VERSION);
    } finally {
      await Promise.all(stores.map((s) => s.close()));
      const { default: pg } = await import('pg');
      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      const rows = await client.query(`SELECT COUNT(*)::int AS n FROM "${schema}".schema_migrations`);
      expect(rows.rows[0].n).toBe(MIGRATIONS.length);
      await client.query(`DROP SCHEMA "${schema}" CASCADE`);
      await client.end();
    }
  });
});

describe('PostgreSQL store errors', () => {
  it('says clearly when the server cannot be reached, without the password', async () => {
    const error = await PgRecordStore.open('postgres://user:hunter22@127.0.0.1:1/db').catch(
      (e: unknown) => e as RecordStoreError,
    );
    expect(error).toBeInstanceOf(RecordStoreError);
    expect((error as RecordStoreError).code).toBe('unreachable');
    expect((error as RecordStoreError).message).toMatch(
      /Cannot reach PostgreSQL at postgres:\/\/user@127\.0\.0\.1:1\/db/,
    );
    expect((error as RecordStoreError).message).not.toContain('hunter22');
  });
});
