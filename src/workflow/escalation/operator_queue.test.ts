import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteOperatorQueue, type OperatorQueue } from './operator_queue.js';
import { PgOperatorQueue } from './pg_operator_queue.js';

const PG_URL = process.env.TEST_DATABASE_URL?.trim() || undefined;
if (!PG_URL) console.log('PostgreSQL operator-queue tests skipped: TEST_DATABASE_URL is not set.');

const made: OperatorQueue[] = [];
afterAll(() => made.forEach((q) => q.close?.()));

describe.each([
  ['sqlite', () => new SqliteOperatorQueue(':memory:')],
  ...(PG_URL
    ? [
        [
          'postgres',
          () =>
            new PgOperatorQueue(PG_URL, { table: `operator_tickets_${randomUUID().replace(/-/g, '').slice(0, 12)}` }),
        ] as const,
      ]
    : []),
] as const)('operator queue on %s', (_name, open) => {
  it('numbers tickets in order, keeps summary and userdata, and reports the queue position', async () => {
    const queue = open();
    made.push(queue);
    const first = await queue.enqueue({
      sessionId: 's1',
      reason: 'asked for a person',
      summary: 'Caller wants a refund.',
      userData: { name: 'Ann', orderIds: ['4012'] },
    });
    const second = await queue.enqueue({
      sessionId: 's2',
      reason: 'frustrated',
      summary: 'Router down.',
      userData: {},
    });
    expect(first).toMatchObject({ position: 1, ticket: { id: 'Q-0001', status: 'waiting' } });
    expect(second).toMatchObject({ position: 2, ticket: { id: 'Q-0002' } });
    const waiting = await queue.list('waiting');
    expect(waiting.map((t) => t.id)).toEqual(['Q-0001', 'Q-0002']);
    expect(waiting[0]).toMatchObject({
      sessionId: 's1',
      summary: 'Caller wants a refund.',
      userData: { name: 'Ann', orderIds: ['4012'] },
    });
  });

  it('keeps tickets unique when many callers are queued at once', async () => {
    const queue = open();
    made.push(queue);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        queue.enqueue({ sessionId: `s${i}`, reason: 'r', summary: 's', userData: {} }),
      ),
    );
    expect(new Set(results.map((r) => r.ticket.id)).size).toBe(20);
    expect((await queue.list()).length).toBe(20);
  });

  // Issue 12, item 4: every unclear line at the escalation agent queued the caller again.
  it('queues a caller once per call: a repeat returns the same ticket and its current position', async () => {
    const queue = open();
    made.push(queue);
    await queue.enqueue({ sessionId: 'other', reason: 'r', summary: 's', userData: {} });
    const first = await queue.enqueue({ sessionId: 'me', reason: 'asked for a person', summary: 's', userData: {} });
    const again = await Promise.all(
      [1, 2, 3].map(() =>
        queue.enqueue({ sessionId: 'me', reason: 'said something unclear', summary: 's', userData: {} }),
      ),
    );
    expect(first).toMatchObject({ position: 2, ticket: { id: 'Q-0002' } });
    expect(first.existing).toBeFalsy();
    for (const r of again)
      expect(r).toMatchObject({ position: 2, existing: true, ticket: { id: 'Q-0002', reason: 'asked for a person' } });
    expect((await queue.list()).filter((t) => t.sessionId === 'me')).toHaveLength(1);
  });

  it('stores reason, summary and userdata with PII redacted, spoken forms included', async () => {
    const queue = open();
    made.push(queue);
    await queue.enqueue({
      sessionId: 'pii',
      reason: 'call me on four one five five five five zero one three four',
      summary: 'The caller said: it is ann dot lee at example dot com | order 4012 4023',
      userData: { email: 'ann.lee@example.com', accountNumber: '73918240', orderIds: ['4012'], customerId: 'C-1001' },
    });
    const [ticket] = await queue.list();
    expect(ticket).toMatchObject({
      reason: 'call me on [phone]',
      summary: 'The caller said: it is [email] | order 4012 4023',
      userData: { email: '[email]', accountNumber: '[account]', orderIds: ['4012'], customerId: 'C-1001' },
    });
  });
});

describe('SqliteOperatorQueue errors', () => {
  // Issue 12, item 7: SQLite's bare "file is not a database" named neither the file nor a way out.
  it('names a damaged queue file and says what to do', () => {
    const dir = mkdtempSync(join(tmpdir(), 'queue-errors-'));
    const file = join(dir, 'queue.db');
    writeFileSync(file, 'not a database at all '.repeat(200));
    expect(() => new SqliteOperatorQueue(file)).toThrow(
      `The operator queue database ${file} cannot be used (file is not a database). Move it aside so a fresh one is created, or point OPERATOR_QUEUE_DB at a writable file.`,
    );
    rmSync(dir, { recursive: true, force: true });
  });
});
