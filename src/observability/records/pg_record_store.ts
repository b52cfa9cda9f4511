// PostgreSQL record store (`pg`): same schema and behaviour as the SQLite store, shared by any
// number of workers. Migrations run under an advisory lock so workers starting together apply
// each one exactly once.
import pg from 'pg';
import type { OpenStoreOptions, RecordStore } from './record_store.js';
import { RecordStoreError } from './record_store_error.js';
import {
  agentPaths,
  eventFromRow,
  sessionEventFromRow,
  summaryFromRow,
  SUMMARY_COLUMNS,
  type EventRow,
  type SessionRow,
} from './record_rows.js';
import type { RecordOp, SessionDetail, SessionEvent, SessionSummary, StoredEventRow } from './record_types.js';
import {
  checkNotNewer,
  CREATE_MIGRATIONS_TABLE,
  MIGRATIONS_TABLE,
  pendingMigrations,
  SCHEMA_VERSION,
} from './schema.js';

const MIGRATION_LOCK_KEY = 0x5b0a4d; // any constant: all Switchboard workers must use the same one

/** The URL without its password, for messages and `location`. */
export function describePgUrl(url: string): string {
  try {
    const u = new URL(url);
    u.password = '';
    return `${u.protocol}//${u.username ? `${u.username}@` : ''}${u.host}${u.pathname}`;
  } catch {
    return 'the PostgreSQL database in DATABASE_URL';
  }
}

export function describePgError(error: unknown, location: string): RecordStoreError {
  if (error instanceof RecordStoreError) return error;
  const code = (error as { code?: string })?.code ?? '';
  const message = (error as Error)?.message ?? String(error);
  if (
    ['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'EHOSTUNREACH', 'ECONNRESET', '57P03'].includes(code) ||
    /connect|terminat/i.test(message)
  ) {
    return new RecordStoreError(
      `Cannot reach PostgreSQL at ${location} (${code || message}). Check DATABASE_URL and that the server is running.`,
      'unreachable',
      { cause: error },
    );
  }
  if (code === '28P01' || code === '28000') {
    return new RecordStoreError(
      `PostgreSQL at ${location} refused the login. Check the user and password in DATABASE_URL.`,
      'auth',
      { cause: error },
    );
  }
  if (code === '3D000') {
    return new RecordStoreError(
      `The database in DATABASE_URL (${location}) does not exist. Create it, or fix the URL.`,
      'not_found',
      { cause: error },
    );
  }
  if (code === '42P01') {
    return new RecordStoreError(
      `${location} has no Switchboard session tables yet. Start a worker once against it (it creates them), or fix DATABASE_URL.`,
      'not_a_store',
      { cause: error },
    );
  }
  if (code === '55P03' || code === '40P01') {
    return new RecordStoreError(
      `The record tables at ${location} are locked by another session. Try again shortly.`,
      'locked',
      { cause: error },
    );
  }
  return new RecordStoreError(`The record store at ${location} failed: ${message}`, 'unknown', { cause: error });
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export class PgRecordStore implements RecordStore {
  readonly kind = 'postgres' as const;

  private constructor(
    private readonly pool: pg.Pool,
    readonly location: string,
  ) {}

  static async open(
    url: string,
    options: Pick<OpenStoreOptions, 'readonly' | 'poolSize'> & { schema?: string } = {},
  ): Promise<PgRecordStore> {
    const location = describePgUrl(url) + (options.schema ? ` (schema ${options.schema})` : '');
    const pool = new pg.Pool({
      connectionString: url,
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: 10_000,
      ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
    });
    // An idle client losing its connection must not crash the worker; the next query reconnects.
    pool.on('error', () => undefined);
    const store = new PgRecordStore(pool, location);
    try {
      if (options.readonly) await store.checkSchema();
      else await store.migrate(options.schema);
      return store;
    } catch (error) {
      await pool.end().catch(() => undefined);
      throw describePgError(error, location);
    }
  }

  private async migrate(schema?: string): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
      if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
      await client.query(CREATE_MIGRATIONS_TABLE);
      const applied = (await client.query<{ version: number }>(`SELECT version FROM ${MIGRATIONS_TABLE}`)).rows.map(
        (r) => Number(r.version),
      );
      checkNotNewer(applied);
      for (const m of pendingMigrations(applied)) {
        await client.query(m.sql);
        await client.query(`INSERT INTO ${MIGRATIONS_TABLE} (version, name, applied_at) VALUES ($1, $2, $3)`, [
          m.version,
          m.name,
          Date.now(),
        ]);
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  private async checkSchema(): Promise<void> {
    const exists = await this.pool.query(`SELECT to_regclass($1) AS t`, [MIGRATIONS_TABLE]);
    if (!exists.rows[0]?.t) {
      throw new RecordStoreError(
        `${this.location} has no Switchboard record tables yet. Start a worker once against it (it creates them), or fix DATABASE_URL.`,
        'not_a_store',
      );
    }
    const version = await this.schemaVersion();
    checkNotNewer([version]);
    if (version < SCHEMA_VERSION) {
      throw new RecordStoreError(
        `${this.location} uses an older record schema (version ${version}). Start a worker once against it to upgrade.`,
        'old_schema',
      );
    }
  }

  private async query<R extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<R[]> {
    try {
      return (await this.pool.query<R>(text, values)).rows;
    } catch (error) {
      throw describePgError(error, this.location);
    }
  }

  async apply(ops: readonly RecordOp[]): Promise<void> {
    if (ops.length === 0) return;
    let client: pg.PoolClient | undefined;
    try {
      client = await this.pool.connect();
      await client.query('BEGIN');
      let events: StoredEventRow[] = [];
      const flushEvents = async () => {
        if (events.length === 0) return;
        const values: unknown[] = [];
        const tuples = events.map((e, i) => {
          values.push(e.sessionId, e.seq, e.at, e.kind, e.agent ?? null, e.data);
          const b = i * 6;
          return `($${b + 1}, $${b + 2}, $${b + 3}, $${b + 4}, $${b + 5}, $${b + 6})`;
        });
        await client!.query(
          `INSERT INTO session_events (session_id, seq, at, kind, agent, data) VALUES ${tuples.join(', ')} ON CONFLICT (session_id, seq) DO NOTHING`,
          values,
        );
        events = [];
      };
      for (const op of ops) {
        if (op.op === 'event') {
          events.push(op.row);
          if (events.length >= 500) await flushEvents();
          continue;
        }
        await flushEvents();
        const r = op.row;
        if (op.op === 'start') {
          await client.query(
            `INSERT INTO sessions (id, started_at, room, caller, workflow, worker) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO NOTHING`,
            [
              op.row.id,
              op.row.startedAt,
              op.row.room ?? null,
              op.row.caller ?? null,
              op.row.workflow ?? null,
              op.row.worker ?? null,
            ],
          );
        } else {
          await client.query(
            `UPDATE sessions SET ended_at = $2, outcome = $3, close_reason = $4, error = $5 WHERE id = $1`,
            [r.id, op.row.endedAt, op.row.outcome, op.row.closeReason ?? null, op.row.error ?? null],
          );
        }
      }
      await flushEvents();
      await client.query('COMMIT');
    } catch (error) {
      await client?.query('ROLLBACK').catch(() => undefined);
      throw describePgError(error, this.location);
    } finally {
      client?.release();
    }
  }

  async listSessions(options: { limit?: number } = {}): Promise<SessionSummary[]> {
    const limit = Math.max(1, Math.floor(options.limit ?? 50));
    const rows = await this.query<SessionRow & pg.QueryResultRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM sessions s ORDER BY s.started_at DESC, s.id DESC LIMIT $1`,
      [limit],
    );
    const ids = rows.map((r) => r.id);
    const pathRows =
      ids.length === 0
        ? []
        : await this.query<{ session_id: string; agent: string | null }>(
            `SELECT session_id, agent FROM session_events WHERE kind = 'agent_entered' AND session_id = ANY($1) ORDER BY session_id, seq`,
            [ids],
          );
    const paths = agentPaths(pathRows);
    return rows.map((r) => summaryFromRow(r, paths.get(r.id) ?? []));
  }

  async getSession(id: string): Promise<SessionDetail | undefined> {
    const [row] = await this.query<SessionRow & pg.QueryResultRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM sessions s WHERE s.id = $1`,
      [id],
    );
    if (!row) return undefined;
    const events = (
      await this.query<EventRow & pg.QueryResultRow>(
        `SELECT * FROM session_events WHERE session_id = $1 ORDER BY seq`,
        [id],
      )
    ).map(eventFromRow);
    const agents = events.filter((e) => e.kind === 'agent_entered' && e.agent).map((e) => e.agent!);
    return { ...summaryFromRow(row, agents), events };
  }

  async findSessionIds(prefix: string, limit = 10): Promise<string[]> {
    const rows = await this.query<{ id: string }>(
      `SELECT id FROM sessions WHERE left(id, $1) = $2 ORDER BY started_at DESC LIMIT $3`,
      [prefix.length, prefix, limit],
    );
    return rows.map((r) => r.id);
  }

  async eventsOfKinds(
    kinds: readonly string[],
    options: { sessionIds?: readonly string[] } = {},
  ): Promise<SessionEvent[]> {
    if (kinds.length === 0) return [];
    const rows = options.sessionIds
      ? await this.query<EventRow & pg.QueryResultRow>(
          `SELECT * FROM session_events WHERE kind = ANY($1) AND session_id = ANY($2) ORDER BY session_id, seq`,
          [[...kinds], [...options.sessionIds]],
        )
      : await this.query<EventRow & pg.QueryResultRow>(
          `SELECT * FROM session_events WHERE kind = ANY($1) ORDER BY session_id, seq`,
          [[...kinds]],
        );
    return rows.map(sessionEventFromRow);
  }

  async schemaVersion(): Promise<number> {
    const rows = await this.query<{ v: number | null }>(`SELECT MAX(version) AS v FROM ${MIGRATIONS_TABLE}`);
    return Number(rows[0]?.v ?? 0);
  }

  async close(): Promise<void> {
    await this.pool.end().catch(() => undefined);
  }
}
