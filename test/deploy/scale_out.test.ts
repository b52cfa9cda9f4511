// Scale-out: N workers behind LiveKit dispatch share one PostgreSQL for session records and the
// operator queue. Two worker processes write at the same time; nothing is lost or duplicated.
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { PgRecordStore } from '../../src/observability/records/pg_record_store.js';
import { PgOperatorQueue } from '../../src/workflow/escalation/pg_operator_queue.js';
import { fromRoot } from './kustomize.js';

const PG_URL = process.env.TEST_DATABASE_URL?.trim() || undefined;
if (!PG_URL)
  console.log(
    'Scale-out tests skipped: TEST_DATABASE_URL is not set (run `export TEST_DATABASE_URL="$(scripts/ci/postgres.sh start)"`).',
  );

const CALLS = 12;
const EVENTS = 40;
const TICKETS = 25;
const suffix = randomUUID().replace(/-/g, '').slice(0, 12);
const schema = `sb_scale_${suffix}`;
const table = `operator_tickets_${suffix}`;

type WorkerResult = {
  sessions: { id: string; lastSeq: number; steps: number[] }[];
  tickets: { id: string; sessionId: string; position: number }[];
};

async function runWorker(name: string, seed: number): Promise<WorkerResult> {
  const args = JSON.stringify({
    url: PG_URL,
    schema,
    table,
    calls: CALLS,
    events: EVENTS,
    tickets: TICKETS,
    seed,
    name,
  });
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [fromRoot('bin/run-ts.js'), 'test/deploy/fixtures/worker_side.ts', args],
    {
      cwd: fromRoot(),
      env: { ...process.env, RECORD_JOURNAL_DIR: `${process.env.TMPDIR ?? '/tmp'}/sb-journal-${name}-${suffix}` },
    },
  );
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as WorkerResult;
}

describe.skipIf(!PG_URL)('two workers on one PostgreSQL', () => {
  afterAll(async () => {
    const client = new pg.Client({ connectionString: PG_URL });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.query(`DROP TABLE IF EXISTS ${table}`);
    await client.end();
  });

  it(
    'write records and queue callers concurrently with no lost or duplicated event',
    { timeout: 180_000 },
    async () => {
      // Both migrate the same empty schema at once, as two pods starting together do.
      const [a, b] = await Promise.all([runWorker('a', 1), runWorker('b', 2)]);

      const store = await PgRecordStore.open(PG_URL!, { schema });
      try {
        const sessions = [...a.sessions, ...b.sessions];
        expect(new Set(sessions.map((s) => s.id)).size).toBe(2 * CALLS);
        expect((await store.listSessions({ limit: 1000 })).map((s) => s.id).sort()).toEqual(
          sessions.map((s) => s.id).sort(),
        );
        for (const s of sessions) {
          const record = await store.getSession(s.id);
          // Every event each worker emitted, once, numbered 1..N without gaps, last one the close.
          expect(record!.events.map((e) => e.seq)).toEqual(Array.from({ length: s.lastSeq }, (_, i) => i + 1));
          expect(record!.events.at(-1)!.kind).toBe('session_closed');
          expect(s.lastSeq).toBeGreaterThanOrEqual(EVENTS);
        }
      } finally {
        await store.close();
      }

      const queue = new PgOperatorQueue(PG_URL!, { table });
      try {
        const stored = await queue.list('waiting');
        const given = [...a.tickets, ...b.tickets];
        expect(stored).toHaveLength(2 * TICKETS);
        expect(new Set(stored.map((t) => t.id)).size).toBe(2 * TICKETS);
        expect(stored.map((t) => t.id).sort()).toEqual(given.map((t) => t.id).sort());
        expect(new Set(stored.map((t) => t.sessionId)).size).toBe(2 * TICKETS);
        // Each caller was told a distinct place in the one shared queue.
        expect(given.map((t) => t.position).sort((x, y) => x - y)).toEqual(
          Array.from({ length: 2 * TICKETS }, (_, i) => i + 1),
        );
      } finally {
        queue.close();
      }
    },
  );
});
