// Session records: what each call did, written as it happens (recorder → writer → store), read
// back by the report. The store interface (record_store.ts) is types only; the factory
// (open_record_store.ts) picks SQLite or PostgreSQL, so neither store imports the other.
export { attachRecorder, type AttachRecorderOptions, type Recorder } from './recorder.js';
export type { RecordStore, RecordStoreSettings, OpenStoreOptions } from './record_store.js';
export { openRecordStore, recordStoreSettingsFromEnv, DEFAULT_SQLITE_PATH } from './open_record_store.js';
export { RecordStoreError, type RecordStoreErrorCode } from './record_store_error.js';
export { SqliteRecordStore } from './sqlite_record_store.js';
export { PgRecordStore } from './pg_record_store.js';
export { RecordWriter, type RecordWriterOptions } from './record_writer.js';
export {
  RecordJournal,
  recoverRecordJournals,
  journalDirFromEnv,
  DEFAULT_JOURNAL_DIR,
  type JournalRecovery,
} from './record_journal.js';
export { MIGRATIONS, SCHEMA_VERSION, type Migration } from './schema.js';
export type {
  RecordedEvent,
  RecordedOutcome,
  RecordKind,
  RecordOp,
  SessionDetail,
  SessionEvent,
  SessionOutcome,
  SessionSummary,
} from './record_types.js';
export { resolveOutcome } from './outcome.js';
export { benchRecordStore, simulateCalls, type RecordBenchResult } from './record_bench.js';
