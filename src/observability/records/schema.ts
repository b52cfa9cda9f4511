// One schema for SQLite and PostgreSQL, as numbered migrations applied at start-up. The SQL sticks
// to what both databases accept (TEXT, INTEGER, BIGINT, plain indexes) so the two stores can
// never drift. Append new migrations; never edit one that has shipped.
import { RecordStoreError } from './record_store_error.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS_TABLE = 'schema_migrations';

export const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (
  version INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  applied_at BIGINT NOT NULL
)`;

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'session records',
    sql: `
CREATE TABLE sessions (
  id TEXT PRIMARY KEY,
  started_at BIGINT NOT NULL,
  ended_at BIGINT,
  room TEXT,
  caller TEXT,
  workflow TEXT,
  worker TEXT,
  outcome TEXT,
  close_reason TEXT,
  error TEXT
);
CREATE INDEX sessions_started_at ON sessions (started_at);
CREATE TABLE session_events (
  session_id TEXT NOT NULL REFERENCES sessions (id),
  seq INTEGER NOT NULL,
  at BIGINT NOT NULL,
  kind TEXT NOT NULL,
  agent TEXT,
  data TEXT NOT NULL,
  PRIMARY KEY (session_id, seq)
);
CREATE INDEX session_events_kind_at ON session_events (kind, at);
`,
  },
];

export const SCHEMA_VERSION = MIGRATIONS.at(-1)!.version;

/** Migrations still to apply given the versions a database already has. */
export function pendingMigrations(applied: Iterable<number>): Migration[] {
  const done = new Set(applied);
  return MIGRATIONS.filter((m) => !done.has(m.version));
}

/** A database newer than this code: refuse rather than write rows it may not expect. */
export function checkNotNewer(applied: Iterable<number>): void {
  const newest = Math.max(0, ...applied);
  if (newest > SCHEMA_VERSION) {
    throw new RecordStoreError(
      `The record store uses schema version ${newest}, newer than this Switchboard understands (${SCHEMA_VERSION}). Upgrade Switchboard or point it at another database.`,
      'newer_schema',
    );
  }
}
