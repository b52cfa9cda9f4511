// Observability: durable session records, PII redaction, Prometheus metrics, OpenTelemetry
// tracing and the `switchboard report` commands.
export { attachRecorder, type AttachRecorderOptions, type Recorder } from './recorder.js';
export {
  openRecordStore,
  recordStoreSettingsFromEnv,
  DEFAULT_SQLITE_PATH,
  type RecordStore,
  type RecordStoreSettings,
  type OpenStoreOptions,
} from './record_store.js';
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
export {
  createRedactor,
  redactionFromEnv,
  secretValuesFromEnv,
  isSecretField,
  SECRET_MASK,
  type Redactor,
  type RedactionOptions,
} from './redaction.js';
export { installLogRedaction, redactLogger } from './log_redaction.js';
export { createMetrics, defaultMetrics, instrumentRuntime, type SwitchboardMetrics } from './metrics.js';
export { startMetricsServer, PUSH_PATH, type MetricsServer, type MetricsServerOptions } from './metrics_server.js';
export { startMetricsPush, metricsPushFromEnv, PUSH_URL_ENV, type MetricsPusher } from './metrics_push.js';
export { MetricsAggregator, type MetricsSnapshot } from './metrics_aggregate.js';
export { setupTracing, traceRuntime, tracingRequested, type Tracing, type TracingOptions } from './tracing.js';
export {
  registerReportCommands,
  listSessions,
  findSession,
  sessionStats,
  runReport,
  type ReportIO,
  type ReportCommandDeps,
} from './report_command.js';
export { computeStats, percentile, type ReportStats, type EdgeStats, type ToolStats } from './report_stats.js';
export { renderSessionList, renderTimeline, renderStats } from './report_render.js';
export { benchRecordStore, simulateCalls, type RecordBenchResult } from './record_bench.js';
export {
  startObservability,
  type Observability,
  type ObservedCall,
  type StartObservabilityOptions,
} from './observability.js';
