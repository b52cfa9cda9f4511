// The one interface both stores implement, and the settings that name a store. Types only: the
// SQLite and PostgreSQL stores import this file, and the factory that picks one of them lives in
// open_record_store.ts, so the interface and its implementations never import each other.
import type { RecordOp, SessionDetail, SessionEvent, SessionSummary } from './record_types.js';

export interface RecordStore {
  readonly kind: 'sqlite' | 'postgres';
  /** Where the records live, safe to print (never includes a password). */
  readonly location: string;
  /** Apply writes atomically and in order. Idempotent: re-applying the same ops changes nothing. */
  apply(ops: readonly RecordOp[]): Promise<void>;
  /** Present when the store can commit synchronously in microseconds (SQLite): writers then skip the queue. */
  applySync?(ops: readonly RecordOp[]): void;
  /** Most recent sessions first. */
  listSessions(options?: { limit?: number }): Promise<SessionSummary[]>;
  getSession(id: string): Promise<SessionDetail | undefined>;
  /** Session ids starting with `prefix` (for short ids on the command line). */
  findSessionIds(prefix: string, limit?: number): Promise<string[]>;
  /** Events of the given kinds, in session then seq order, optionally limited to some sessions. */
  eventsOfKinds(kinds: readonly string[], options?: { sessionIds?: readonly string[] }): Promise<SessionEvent[]>;
  /** Highest migration applied. */
  schemaVersion(): Promise<number>;
  close(): Promise<void>;
}

export type RecordStoreSettings =
  | { kind: 'sqlite'; path: string }
  | {
      kind: 'postgres';
      url: string;
      /** A PostgreSQL schema to keep the tables in (created if missing); default the search path. */
      schema?: string;
    };

export interface OpenStoreOptions {
  /** Read only: never create or migrate (the report CLI). */
  readonly?: boolean;
  /** How long to wait on a locked SQLite file when opening and migrating (default 5000 ms). */
  busyTimeoutMs?: number;
  /** How long a SQLite write waits for another writer before it is queued for retry (default 50 ms). */
  writeBusyTimeoutMs?: number;
  /** PostgreSQL pool size (default 10). */
  poolSize?: number;
}
