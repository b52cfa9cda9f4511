// SQLite record store (better-sqlite3, WAL). Writes are synchronous but tiny (one transaction per
// batch); WAL with synchronous=NORMAL keeps every committed transaction across a process kill
// (only an OS crash or power loss can drop the last few), and lets readers run while a worker writes.
import Database from 'better-sqlite3';
import { accessSync, constants, copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import type { OpenStoreOptions, RecordStore } from './record_store.js';
import { RecordStoreError } from './record_store_error.js';
import { SqliteCheckpointer } from './sqlite_checkpointer.js';
import {
  agentPaths,
  eventFromRow,
  sessionEventFromRow,
  summaryFromRow,
  SUMMARY_COLUMNS,
  type EventRow,
  type SessionRow,
} from './record_rows.js';
import type { RecordOp, SessionDetail, SessionEvent, SessionSummary } from './record_types.js';
import {
  checkNotNewer,
  CREATE_MIGRATIONS_TABLE,
  MIGRATIONS_TABLE,
  pendingMigrations,
  SCHEMA_VERSION,
} from './schema.js';

/** What to do about a store that cannot be written, for every message that needs it. */
const WRITE_ELSEWHERE =
  "point SWITCHBOARD_DB (or the console's --records <path>) at a writable file, or run the console with --records off";

/** Turn a SQLite failure into a sentence naming the file and what to do. */
export function describeSqliteError(error: unknown, path: string): RecordStoreError {
  if (error instanceof RecordStoreError) return error;
  const code = (error as { code?: string })?.code ?? '';
  const message = (error as Error)?.message ?? String(error);
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT' || /not a database|malformed/i.test(message)) {
    return new RecordStoreError(
      `${path} is not a readable Switchboard record store (the file is damaged or is not a SQLite database). Point SWITCHBOARD_DB at the right file, or move this one aside to start a new store.`,
      'corrupt',
      { cause: error },
    );
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED') || /database is locked/i.test(message)) {
    return new RecordStoreError(
      `${path} is locked by another process that is holding it exclusively. Wait for it to finish (or stop it) and try again.`,
      'locked',
      { cause: error },
    );
  }
  if (code.startsWith('SQLITE_READONLY') || /readonly database/i.test(message)) {
    return new RecordStoreError(
      `Cannot write the record store ${path}: the file or its folder is read-only. Give this process write access to both, or ${WRITE_ELSEWHERE}.`,
      'read_only',
      { cause: error },
    );
  }
  if (code === 'SQLITE_FULL' || code.startsWith('SQLITE_IOERR') || /disk is full|disk I\/O error/i.test(message)) {
    return new RecordStoreError(
      `Cannot write the record store ${path}: ${code === 'SQLITE_FULL' ? 'the disk is full' : 'the disk reported an I/O error'}. Free space or fix the disk, or ${WRITE_ELSEWHERE}.`,
      'disk',
      { cause: error },
    );
  }
  if (code.startsWith('SQLITE_CANTOPEN')) {
    const folder = dirname(path);
    const why = !existsSync(folder)
      ? `its folder ${folder} does not exist`
      : !writable(folder)
        ? `its folder ${folder} is not writable`
        : 'SQLite could not open the file';
    return new RecordStoreError(
      `Cannot open the record store ${path}: ${why}. Fix that, or ${WRITE_ELSEWHERE}.`,
      'not_found',
      {
        cause: error,
      },
    );
  }
  if (/no such table/i.test(message)) {
    return new RecordStoreError(
      `${path} is a SQLite file but not a Switchboard record store (it has no session tables). Point SWITCHBOARD_DB at the store the workers write.`,
      'not_a_store',
      { cause: error },
    );
  }
  return new RecordStoreError(`The record store at ${path} failed: ${message}`, 'unknown', { cause: error });
}

function writable(folder: string): boolean {
  try {
    accessSync(folder, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** The message `report` gives when there is no store at the path it reads. */
export function noStoreError(location: string): RecordStoreError {
  return new RecordStoreError(
    `No records store at ${location}; nothing recorded yet — run a call first or pass --records <path>.`,
    'not_found',
  );
}

export class SqliteRecordStore implements RecordStore {
  readonly kind = 'sqlite' as const;
  private readonly insertSession: Database.Statement;
  private readonly insertEvent: Database.Statement;
  private readonly endSession: Database.Statement;
  private readonly applyTx: (ops: readonly RecordOp[]) => void;

  private constructor(
    private readonly db: Database.Database,
    readonly location: string,
    private readonly checkpointer?: SqliteCheckpointer,
    /** Removes the private snapshot a read-only open may have made. */
    private readonly cleanup?: () => void,
  ) {
    this.insertSession = db.prepare(
      `INSERT INTO sessions (id, started_at, room, caller, workflow, worker) VALUES (@id, @startedAt, @room, @caller, @workflow, @worker)
       ON CONFLICT (id) DO NOTHING`,
    );
    this.insertEvent = db.prepare(
      `INSERT INTO session_events (session_id, seq, at, kind, agent, data) VALUES (@sessionId, @seq, @at, @kind, @agent, @data)
       ON CONFLICT (session_id, seq) DO NOTHING`,
    );
    this.endSession = db.prepare(
      `UPDATE sessions SET ended_at = @endedAt, outcome = @outcome, close_reason = @closeReason, error = @error WHERE id = @id`,
    );
    this.applyTx = db.transaction((ops: readonly RecordOp[]) => {
      for (const op of ops) this.applyOne(op);
    });
  }

  static open(
    path: string,
    options: Pick<OpenStoreOptions, 'readonly' | 'busyTimeoutMs' | 'writeBusyTimeoutMs'> = {},
  ): SqliteRecordStore {
    const location = path === ':memory:' ? path : resolve(path);
    if (options.readonly && path !== ':memory:') {
      if (!existsSync(path)) throw noStoreError(location);
      return SqliteRecordStore.openForReading(path, location, options);
    }
    let db: Database.Database | undefined;
    try {
      if (!options.readonly && path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
      db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
      db.pragma(`busy_timeout = ${Math.max(0, Math.round(options.busyTimeoutMs ?? 5000))}`);
      if (options.readonly) {
        SqliteRecordStore.checkSchema(db, location);
      } else {
        db.pragma('journal_mode = WAL');
        db.pragma('synchronous = NORMAL');
        db.pragma('foreign_keys = ON');
        SqliteRecordStore.migrate(db);
        // Writes run on the caller's path: wait only briefly for another writer, then queue and retry.
        db.pragma(`busy_timeout = ${Math.max(0, Math.round(options.writeBusyTimeoutMs ?? 50))}`);
        if (path !== ':memory:') {
          db.pragma('wal_autocheckpoint = 0');
          return new SqliteRecordStore(db, location, new SqliteCheckpointer(path));
        }
      }
      return new SqliteRecordStore(db, location);
    } catch (error) {
      db?.close();
      throw describeSqliteError(error, location);
    }
  }

  /**
   * Read only, never writing next to the file. A WAL database wants its -shm (and -wal) files
   * beside it, which a read-only folder refuses; then read a snapshot copied to a private temporary
   * folder instead (the file and its -wal, so committed rows not yet checkpointed are included).
   */
  private static openForReading(
    path: string,
    location: string,
    options: Pick<OpenStoreOptions, 'busyTimeoutMs'>,
  ): SqliteRecordStore {
    const open = (file: string, cleanup?: () => void): SqliteRecordStore => {
      let db: Database.Database | undefined;
      try {
        db = new Database(file, { readonly: true, fileMustExist: true });
        db.pragma(`busy_timeout = ${Math.max(0, Math.round(options.busyTimeoutMs ?? 5000))}`);
        SqliteRecordStore.checkSchema(db, location);
        return new SqliteRecordStore(db, location, undefined, cleanup);
      } catch (error) {
        db?.close();
        cleanup?.();
        throw describeSqliteError(error, location);
      }
    };
    try {
      return open(path);
    } catch (error) {
      const code = String(((error as RecordStoreError).cause as { code?: string } | undefined)?.code ?? '');
      if (!code.startsWith('SQLITE_READONLY') && !code.startsWith('SQLITE_CANTOPEN')) throw error;
    }
    const dir = mkdtempSync(join(tmpdir(), 'switchboard-report-'));
    const cleanup = () => rmSync(dir, { recursive: true, force: true });
    const copy = join(dir, basename(path));
    try {
      copyFileSync(path, copy);
      if (existsSync(`${path}-wal`)) copyFileSync(`${path}-wal`, `${copy}-wal`);
    } catch (error) {
      cleanup();
      throw new RecordStoreError(
        `Cannot read the record store ${location}: its folder is read-only and the file could not be copied aside to read (${(error as Error).message}). Make the folder writable, or copy the store to a writable folder and pass --records <copy>.`,
        'read_only',
        { cause: error },
      );
    }
    return open(copy, cleanup);
  }

  private static appliedVersions(db: Database.Database): number[] {
    return (db.prepare(`SELECT version FROM ${MIGRATIONS_TABLE}`).all() as { version: number }[]).map((r) =>
      Number(r.version),
    );
  }

  private static migrate(db: Database.Database): void {
    // IMMEDIATE takes the write lock first, so two workers starting together apply each migration once.
    const run = db.transaction(() => {
      db.exec(CREATE_MIGRATIONS_TABLE);
      const applied = SqliteRecordStore.appliedVersions(db);
      checkNotNewer(applied);
      for (const m of pendingMigrations(applied)) {
        db.exec(m.sql);
        db.prepare(`INSERT INTO ${MIGRATIONS_TABLE} (version, name, applied_at) VALUES (?, ?, ?)`).run(
          m.version,
          m.name,
          Date.now(),
        );
      }
    });
    run.immediate();
  }

  private static checkSchema(db: Database.Database, location: string): void {
    const table = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?`).get(MIGRATIONS_TABLE);
    if (!table) {
      throw new RecordStoreError(
        `${location} is a SQLite file but not a Switchboard record store (no schema_migrations table). Point SWITCHBOARD_DB at the store the workers write.`,
        'not_a_store',
      );
    }
    const applied = SqliteRecordStore.appliedVersions(db);
    checkNotNewer(applied);
    if (Math.max(0, ...applied) < SCHEMA_VERSION) {
      throw new RecordStoreError(
        `${location} uses an older record schema (version ${Math.max(0, ...applied)}). Start a worker once against it to upgrade, then run the report again.`,
        'old_schema',
      );
    }
  }

  private wrap<T>(fn: () => T): T {
    try {
      return fn();
    } catch (error) {
      throw describeSqliteError(error, this.location);
    }
  }

  applySync(ops: readonly RecordOp[]): void {
    if (ops.length === 0) return;
    // The writer commits one op per event: a single statement is already atomic in SQLite, and
    // skipping BEGIN/COMMIT around it saves about a quarter of each write's CPU (bench/PROFILE.md).
    if (ops.length === 1) this.wrap(() => this.applyOne(ops[0]!));
    else this.wrap(() => this.applyTx(ops));
  }

  private applyOne(op: RecordOp): void {
    if (op.op === 'event') this.insertEvent.run({ ...op.row, agent: op.row.agent ?? null });
    else if (op.op === 'start') {
      const r = op.row;
      this.insertSession.run({
        id: r.id,
        startedAt: r.startedAt,
        room: r.room ?? null,
        caller: r.caller ?? null,
        workflow: r.workflow ?? null,
        worker: r.worker ?? null,
      });
    } else {
      const r = op.row;
      this.endSession.run({
        id: r.id,
        endedAt: r.endedAt,
        outcome: r.outcome,
        closeReason: r.closeReason ?? null,
        error: r.error ?? null,
      });
    }
  }

  async apply(ops: readonly RecordOp[]): Promise<void> {
    this.applySync(ops);
  }

  async listSessions(options: { limit?: number } = {}): Promise<SessionSummary[]> {
    return this.wrap(() => {
      const limit = Math.max(1, Math.floor(options.limit ?? 50));
      const rows = this.db
        .prepare(`SELECT ${SUMMARY_COLUMNS} FROM sessions s ORDER BY s.started_at DESC, s.id DESC LIMIT ?`)
        .all(limit) as SessionRow[];
      const paths = this.agentPaths(rows.map((r) => r.id));
      return rows.map((r) => summaryFromRow(r, paths.get(r.id) ?? []));
    });
  }

  private agentPaths(ids: string[]): Map<string, string[]> {
    if (ids.length === 0) return new Map();
    const rows: { session_id: string; agent: string | null }[] = [];
    // Chunk to stay under SQLite's bound-parameter limit.
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      rows.push(
        ...(this.db
          .prepare(
            `SELECT session_id, agent FROM session_events WHERE kind = 'agent_entered' AND session_id IN (${chunk.map(() => '?').join(',')}) ORDER BY session_id, seq`,
          )
          .all(...chunk) as { session_id: string; agent: string | null }[]),
      );
    }
    return agentPaths(rows);
  }

  async getSession(id: string): Promise<SessionDetail | undefined> {
    return this.wrap(() => {
      const row = this.db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM sessions s WHERE s.id = ?`).get(id) as
        SessionRow | undefined;
      if (!row) return undefined;
      const events = (
        this.db.prepare(`SELECT * FROM session_events WHERE session_id = ? ORDER BY seq`).all(id) as EventRow[]
      ).map(eventFromRow);
      const agents = events.filter((e) => e.kind === 'agent_entered' && e.agent).map((e) => e.agent!);
      return { ...summaryFromRow(row, agents), events };
    });
  }

  async findSessionIds(prefix: string, limit = 10): Promise<string[]> {
    return this.wrap(() => {
      // substr comparison rather than LIKE so `_` and `%` in ids are literal.
      const rows = this.db
        .prepare(`SELECT id FROM sessions WHERE substr(id, 1, ?) = ? ORDER BY started_at DESC LIMIT ?`)
        .all(prefix.length, prefix, limit) as { id: string }[];
      return rows.map((r) => r.id);
    });
  }

  async eventsOfKinds(
    kinds: readonly string[],
    options: { sessionIds?: readonly string[] } = {},
  ): Promise<SessionEvent[]> {
    if (kinds.length === 0) return [];
    return this.wrap(() => {
      const kindList = kinds.map(() => '?').join(',');
      if (!options.sessionIds) {
        const rows = this.db
          .prepare(`SELECT * FROM session_events WHERE kind IN (${kindList}) ORDER BY session_id, seq`)
          .all(...kinds) as EventRow[];
        return rows.map(sessionEventFromRow);
      }
      const out: SessionEvent[] = [];
      const ids = [...options.sessionIds];
      for (let i = 0; i < ids.length; i += 400) {
        const chunk = ids.slice(i, i + 400);
        const rows = this.db
          .prepare(
            `SELECT * FROM session_events WHERE kind IN (${kindList}) AND session_id IN (${chunk.map(() => '?').join(',')}) ORDER BY session_id, seq`,
          )
          .all(...kinds, ...chunk) as EventRow[];
        out.push(...rows.map(sessionEventFromRow));
      }
      return out;
    });
  }

  async schemaVersion(): Promise<number> {
    return this.wrap(() => Math.max(0, ...SqliteRecordStore.appliedVersions(this.db)));
  }

  async close(): Promise<void> {
    await this.checkpointer?.stop();
    if (this.db.open) this.db.close();
    this.cleanup?.();
  }
}
