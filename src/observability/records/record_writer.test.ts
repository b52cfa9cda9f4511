import { initializeLogger } from '@livekit/agents';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STORE_KINDS, type TestStore } from '../fixtures/stores.js';
import { readJournal, RecordJournal } from './record_journal.js';
import type { RecordStore } from './record_store.js';
import type { RecordOp } from './record_types.js';
import { RecordWriter } from './record_writer.js';

initializeLogger({ pretty: false, level: 'fatal' });

const sqlite = STORE_KINDS.find((k) => k.name === 'sqlite')!;

/**
 * A real store whose next `failures` writes fail, as when the database is briefly unreachable.
 * `sync: false` hides synchronous commits, so the writer treats it like PostgreSQL.
 */
function flaky(store: RecordStore, failures: number, options: { sync: boolean }): RecordStore {
  let left = failures;
  const fail = () => {
    if (left > 0) {
      left -= 1;
      throw new Error('connection reset');
    }
  };
  const wrapped = Object.create(store) as RecordStore;
  wrapped.apply = async (ops) => {
    fail();
    return store.apply(ops);
  };
  wrapped.applySync = options.sync
    ? (ops) => {
        fail();
        store.applySync!(ops);
      }
    : undefined;
  return wrapped;
}

const start = (id: string): RecordOp => ({ op: 'start', row: { id, startedAt: 1 } });
const ev = (id: string, seq: number): RecordOp => ({
  op: 'event',
  row: { sessionId: id, seq, at: seq, kind: 'k', data: JSON.stringify({ seq }) },
});

describe('RecordWriter', () => {
  let t: TestStore;
  beforeEach(async () => {
    t = await sqlite.open();
  });
  afterEach(async () => {
    await t.cleanup();
  });

  it('writes through at once on a store that commits synchronously: the op is durable before enqueue returns', async () => {
    const writer = new RecordWriter(t.store);
    writer.enqueue(start('s'));
    writer.enqueue(ev('s', 1));
    expect(writer.pending).toBe(0);
    expect(writer.committed).toBe(2);
    expect((await t.store.getSession('s'))!.events.map((e) => e.seq)).toEqual([1]);
  });

  it('on an asynchronous store, only journals and queues on the caller path, then commits and empties the journal', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'switchboard-journal-'));
    try {
      const journal = RecordJournal.open(dir, 's');
      const writer = new RecordWriter(flaky(t.store, 0, { sync: false }), { journal });
      writer.enqueue(start('s'));
      writer.enqueue(ev('s', 1));
      expect(writer.pending).toBe(2);
      expect(await t.store.getSession('s')).toBeUndefined();
      expect(readJournal(readFileSync(journal.path, 'utf8'))).toEqual([start('s'), ev('s', 1)]);
      expect(await writer.flush()).toBe(true);
      expect((await t.store.getSession('s'))!.events.map((e) => e.seq)).toEqual([1]);
      expect(readFileSync(journal.path, 'utf8')).toBe('');
      journal.close({ remove: true });
      expect(readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.jsonl'))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([{ sync: true }, { sync: false }])(
    'retries failed writes in order and acknowledges only what was committed (sync $sync)',
    async ({ sync }) => {
      const committed: number[] = [];
      const errors: number[] = [];
      const writer = new RecordWriter(flaky(t.store, 3, { sync }), {
        retryMinMs: 1,
        retryMaxMs: 2,
        onCommit: (ops) => committed.push(...ops.flatMap((o) => (o.op === 'event' ? [o.row.seq] : []))),
        onError: (_e, attempt) => errors.push(attempt),
      });
      writer.enqueue(start('s'));
      for (let i = 1; i <= 50; i++) writer.enqueue(ev('s', i));
      expect(await writer.flush()).toBe(true);
      expect(writer.failures).toBe(3);
      expect(errors).toHaveLength(3);
      expect(committed).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
      expect((await t.store.getSession('s'))!.events.map((e) => e.seq)).toEqual(committed);
    },
  );

  it('keeps per-session order when events arrive while a batch is being written', async () => {
    const writer = new RecordWriter(t.store, { maxBatch: 7 });
    writer.enqueue(start('s'));
    for (let i = 1; i <= 100; i++) {
      writer.enqueue(ev('s', i));
      if (i % 13 === 0) await new Promise((r) => setImmediate(r));
    }
    await writer.flush();
    expect((await t.store.getSession('s'))!.events.map((e) => e.seq)).toEqual(
      Array.from({ length: 100 }, (_, i) => i + 1),
    );
  });

  it('refuses new writes beyond its limit while the store is down, and says so', async () => {
    const store = flaky(t.store, 1_000_000, { sync: false });
    const writer = new RecordWriter(store, { maxQueued: 3, retryMinMs: 1, retryMaxMs: 1 });
    expect([
      writer.enqueue(start('s')),
      writer.enqueue(ev('s', 1)),
      writer.enqueue(ev('s', 2)),
      writer.enqueue(ev('s', 3)),
    ]).toEqual([true, true, true, false]);
    expect(writer.dropped).toBe(1);
    expect(await writer.flush(20)).toBe(false);
    writer.stop();
    expect(writer.enqueue(ev('s', 4))).toBe(false);
  });
});
