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
import type { RecordStore } from './records/record_store.js';
import { createRedactor, redactionFromEnv, type Redactor } from './redaction/redaction.js';
import { setupTracing, traceRuntime, type Tracing } from './tracing/tracing.js';

export interface ObservedCall {
  recorder: Recorder;
  /** Stop observing without recording a close (the record stays incomplete). */
  detach(): void;
}

export interface Observability {
  readonly store: RecordStore;
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
  /** Wait for every record to be written, push final metrics, flush spans, close the store. */
  shutdown(): Promise<void>;
}

export interface StartObservabilityOptions {
  env?: NodeJS.ProcessEnv;
  /** Use this store instead of opening the one the environment names. */
  store?: RecordStore;
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
  const store =
    options.store ?? (await openRecordStore(recordStoreSettingsFromEnv(env), { poolSize: options.poolSize ?? 4 }));
  if (!store.applySync) {
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
      const recorder = attachRecorder({
        runtime,
        session,
        store,
        room: who.room,
        caller: who.caller,
        redact: redactor,
      });
      recorders.add(recorder);
      void recorder.closed.then(() => recorders.delete(recorder));
      const offMetrics = instrumentRuntime(runtime, session, { metrics });
      const offSpans = traceRuntime(runtime, session, { redact: redactor });
      return {
        recorder,
        detach: () => {
          recorder.detach();
          offMetrics();
          offSpans();
        },
      };
    },
    async shutdown() {
      await Promise.all([...recorders].map((r) => r.flush(10_000)));
      await pusher?.stop();
      await tracing?.forceFlush().catch(() => undefined);
      await store.close();
    },
  };
}
