// One call per process sets up everything a worker or job process needs from this folder, and one
// call per session attaches it: session record, metrics, spans. Settings come from the environment
// (DATABASE_URL / SWITCHBOARD_DB, RECORD_REDACT, RECORD_JOURNAL_DIR, OTEL_EXPORTER_OTLP_ENDPOINT,
// SWITCHBOARD_METRICS_PUSH_URL).
import { log, type voice } from '@livekit/agents';
import type { AnyRuntime } from './event_facts.js';
import { installLogRedaction } from './redaction/log_redaction.js';
import { defaultMetrics, instrumentRuntime, type SwitchboardMetrics } from './metrics/metrics.js';
import { metricsPushFromEnv, type MetricsPusher } from './metrics/metrics_push.js';
import { attachRecorder, type Recorder } from './records/recorder.js';
import { recoverRecordJournals } from './records/record_journal.js';
import { openRecordStore, recordStoreSettingsFromEnv } from './records/open_record_store.js';
import type { RecordStore, RecordStoreSettings } from './records/record_store.js';
import { RecordStoreError } from './records/record_store_error.js';
import { createRedactor, redactionFromEnv, type Redactor } from './redaction/redaction.js';
import { setupTracing, traceRuntime, type Tracing } from './tracing/tracing.js';

export interface ObservedCall {
  /** The call's record writer; undefined when records are off or the store could not be opened. */
  recorder: Recorder | undefined;
  /** Stop observing without recording a close (the record stays incomplete). */
  detach(): void;
}

export interface Observability {
  /** The record store; undefined when records are off or the store could not be opened. */
  readonly store: RecordStore | undefined;
  readonly redactor: Redactor;
  readonly metrics: SwitchboardMetrics;
  readonly tracing?: Tracing;
  readonly pusher?: MetricsPusher;
  /** Attach the record, metrics and spans to one call. Call before `runtime.start(session)`. */
  observe<UD>(
    runtime: AnyRuntime,
    session: voice.AgentSession<UD>,
    who?: { room?: string | { name?: string }; caller?: string | { identity?: string } },
  ): ObservedCall;
  /** Wait until every call's record so far is written; false if some of it is not (timeout or failing store). */
  flush(timeoutMs?: number): Promise<boolean>;
  /** Wait for every record to be written, push final metrics, flush spans, close the store. */
  shutdown(): Promise<void>;
}

export interface StartObservabilityOptions {
  env?: NodeJS.ProcessEnv;
  /** Use this store instead of opening the one the environment names. */
  store?: RecordStore;
  /** Which store to open instead of the environment's, or false for no session records at all. */
  records?: RecordStoreSettings | false;
  /**
   * Told once per outage when the record store cannot be opened or written (damaged file,
   * read-only folder, full disk). With a handler the process carries on without the record and
   * the handler decides how loud to be (the console says so and fails scripted runs); without
   * one, an unopenable store throws, as a worker should refuse to start.
   */
  onRecordStoreError?: (error: RecordStoreError) => void;
  metrics?: SwitchboardMetrics;
  /** Replace the framework logger with a redacting one (default true; needs initializeLogger() first). */
  redactLogs?: boolean;
  /** PostgreSQL connections per process (default 4: each LiveKit job process opens its own pool). */
  poolSize?: number;
}

/** Per-process set-up. Throws a RecordStoreError sentence when the store cannot be opened. */
export async function startObservability(options: StartObservabilityOptions = {}): Promise<Observability> {
  const env = options.env ?? process.env;
  const redaction = redactionFromEnv(env);
  const redactor = createRedactor(redaction);
  if (options.redactLogs ?? true) installLogRedaction(redactor);
  const logger = log().child({ component: 'observability' });
  let storeFailed = false;
  const storeError = (error: RecordStoreError): void => {
    storeFailed = true;
    options.onRecordStoreError?.(error);
  };
  let store: RecordStore | undefined = options.store;
  if (!store && options.records !== false) {
    try {
      store = await openRecordStore(options.records || recordStoreSettingsFromEnv(env), {
        poolSize: options.poolSize ?? 4,
      });
    } catch (error) {
      if (!options.onRecordStoreError || !(error instanceof RecordStoreError)) throw error;
      storeError(error);
    }
  }
  if (store && !store.applySync) {
    const recovered = await recoverRecordJournals(store);
    if (recovered.ops > 0) logger.info(recovered, 'replayed session records a stopped worker had not written yet');
  }
  const tracing = setupTracing({ env });
  const metrics = options.metrics ?? defaultMetrics();
  const pusher = metricsPushFromEnv(env);
  const recorders = new Set<Recorder>();

  return {
    store,
    redactor,
    metrics,
    tracing,
    pusher,
    observe(runtime, session, who = {}) {
      const recorder = store
        ? attachRecorder({
            runtime,
            session,
            store,
            room: who.room,
            caller: who.caller,
            redact: redactor,
            onStoreError: storeError,
          })
        : undefined;
      if (recorder) {
        recorders.add(recorder);
        void recorder.closed.then(() => recorders.delete(recorder));
      }
      const offMetrics = instrumentRuntime(runtime, session, { metrics });
      const offSpans = traceRuntime(runtime, session, { redact: redactor });
      return {
        recorder,
        detach: () => {
          recorder?.detach();
          offMetrics();
          offSpans();
        },
      };
    },
    async flush(timeoutMs = 10_000) {
      const done = await Promise.all([...recorders].map((r) => r.flush(timeoutMs)));
      return done.every(Boolean);
    },
    async shutdown() {
      // With a handler, a store failing while closing is the outage the caller was already told
      // about (or is now): reported the same way, never a crash at the end of a finished call.
      const settle = async (work: () => Promise<unknown> | undefined) => {
        try {
          await work();
        } catch (error) {
          if (!options.onRecordStoreError || !(error instanceof RecordStoreError)) throw error;
          if (!storeFailed) storeError(error);
        }
      };
      // A store that already failed gets a short last chance rather than the full wait.
      await settle(() => Promise.all([...recorders].map((r) => r.flush(storeFailed ? 1_000 : 10_000))));
      await pusher?.stop();
      await tracing?.forceFlush().catch(() => undefined);
      await settle(() => store?.close());
    },
  };
}
