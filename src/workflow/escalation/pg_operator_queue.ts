// The operator queue on PostgreSQL: when several workers share DATABASE_URL, they share one queue
// of callers waiting for a human.
import pg from 'pg';
import { redactTicket, type OperatorQueue, type OperatorTicket } from './operator_queue.js';

const SCHEMA = `CREATE TABLE IF NOT EXISTS operator_tickets (
  seq BIGSERIAL PRIMARY KEY,
  id TEXT UNIQUE,
  session_id TEXT NOT NULL,
  reason TEXT NOT NULL,
  summary TEXT NOT NULL,
  userdata JSONB NOT NULL,
  created_at BIGINT NOT NULL,
  status TEXT NOT NULL DEFAULT 'waiting'
)`;

export class PgOperatorQueue implements OperatorQueue {
  private readonly pool: pg.Pool;
  private ready?: Promise<void>;

  constructor(connectionString: string, options: { table?: string } = {}) {
    this.pool = new pg.Pool({ connectionString, max: 2 });
    this.table = options.table ?? 'operator_tickets';
    if (!/^[a-z_][a-z0-9_]*$/.test(this.table)) throw new Error(`Invalid operator queue table name "${this.table}".`);
  }

  private readonly table: string;

  // Created lazily so building a runtime never waits on the database.
  private ensure(): Promise<void> {
    this.ready ??= this.pool.query(SCHEMA.replace('operator_tickets', this.table)).then(() => undefined);
    return this.ready;
  }

  async enqueue(
    raw: Omit<OperatorTicket, 'id' | 'createdAt' | 'status'>,
  ): Promise<{ ticket: OperatorTicket; position: number; existing?: boolean }> {
    await this.ensure();
    const input = redactTicket(raw);
    const createdAt = Date.now();
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      // Workers enqueue concurrently: one at a time per queue, so each caller's place counts every
      // caller queued before (without it two callers can both be told "you are number 5"). The same
      // lock makes "one waiting ticket per call" hold: look for this session's ticket first.
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`switchboard:${this.table}`]);
      const found = await client.query<{
        seq: string;
        id: string;
        created_at: string;
        reason: string;
        summary: string;
        userdata: Record<string, unknown>;
      }>(
        `SELECT seq, id, created_at, reason, summary, userdata FROM ${this.table} WHERE session_id = $1 AND status = 'waiting' ORDER BY seq LIMIT 1`,
        [input.sessionId],
      );
      const mine = found.rows[0];
      if (mine) {
        const ahead = await client.query<{ n: string }>(
          `SELECT COUNT(*) AS n FROM ${this.table} WHERE status = 'waiting' AND seq <= $1`,
          [mine.seq],
        );
        await client.query('COMMIT');
        return {
          // The ticket as first queued: a repeat does not rewrite why the caller is waiting.
          ticket: {
            sessionId: input.sessionId,
            reason: mine.reason,
            summary: mine.summary,
            userData: mine.userdata,
            id: mine.id,
            createdAt: Number(mine.created_at),
            status: 'waiting',
          },
          position: Number(ahead.rows[0]!.n),
          existing: true,
        };
      }
      const inserted = await client.query<{ seq: string }>(
        `INSERT INTO ${this.table} (session_id, reason, summary, userdata, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING seq`,
        [input.sessionId, input.reason, input.summary, JSON.stringify(input.userData), createdAt],
      );
      const seq = inserted.rows[0]!.seq;
      const id = `Q-${seq.padStart(4, '0')}`;
      await client.query(`UPDATE ${this.table} SET id = $1 WHERE seq = $2`, [id, seq]);
      const waiting = await client.query<{ n: string }>(
        `SELECT COUNT(*) AS n FROM ${this.table} WHERE status = 'waiting' AND seq <= $1`,
        [seq],
      );
      await client.query('COMMIT');
      return { ticket: { ...input, id, createdAt, status: 'waiting' }, position: Number(waiting.rows[0]!.n) };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  async list(status?: OperatorTicket['status']): Promise<OperatorTicket[]> {
    await this.ensure();
    const { rows } = status
      ? await this.pool.query(`SELECT * FROM ${this.table} WHERE status = $1 ORDER BY seq`, [status])
      : await this.pool.query(`SELECT * FROM ${this.table} ORDER BY seq`);
    return rows.map((r: Record<string, unknown>) => ({
      id: String(r.id),
      sessionId: String(r.session_id),
      reason: String(r.reason),
      summary: String(r.summary),
      userData: r.userdata as Record<string, unknown>,
      createdAt: Number(r.created_at),
      status: r.status as OperatorTicket['status'],
    }));
  }

  close(): void {
    void this.pool.end();
  }
}

/** The queue the environment names: PostgreSQL with DATABASE_URL, else the SQLite file. */
export async function operatorQueueFromEnv(env: Record<string, string | undefined>): Promise<OperatorQueue> {
  const url = env.DATABASE_URL?.trim();
  if (url) return new PgOperatorQueue(url);
  const { SqliteOperatorQueue } = await import('./operator_queue.js');
  return new SqliteOperatorQueue(env.OPERATOR_QUEUE_DB?.trim() || undefined);
}
