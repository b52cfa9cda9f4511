import { randomUUID } from 'node:crypto';
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
});
