// Durable session record, written as the call happens: every workflow event, transcript item,
// per-turn latency and error becomes one ordered, redacted row, queued on the caller's path and
// committed by the RecordWriter. Attach before `runtime.start(session)`; workflow events emitted
// earlier are replayed from `runtime.events.history`.
import { log, type voice } from '@livekit/agents';
import { hostname } from 'node:os';
import type { WorkflowEvent } from '../../workflow/events.js';
import { handoffTargetOf, listen, ToolFailureClassifier, type AnyRuntime } from '../event_facts.js';
import { describeCloseError, resolveOutcome } from './outcome.js';
import { journalDirFromEnv, RecordJournal } from './record_journal.js';
import type { RecordStore } from './record_store.js';
import { RecordStoreError } from './record_store_error.js';
import type { RecordKind, RecordOp, SessionOutcome } from './record_types.js';
import { RecordWriter, type RecordWriterOptions } from './record_writer.js';
import { createRedactor, redactionFromEnv, type RedactionOptions, type Redactor } from '../redaction/redaction.js';
import { compactMetrics, TurnLatencyTracker } from '../turn_latency.js';

export interface AttachRecorderOptions<UD> {
  runtime: AnyRuntime;
  session: voice.AgentSession<UD>;
  store: RecordStore;
  /** The LiveKit room (or its name). */
  room?: string | { name?: string };
  /** The caller (a participant, or its identity). */
  caller?: string | { identity?: string };
  /** PII redaction: true/false, options, or a ready redactor. Default: RECORD_REDACT (on). */
  redact?: boolean | RedactionOptions | Redactor;
  /** Called after each commit with the highest event seq now durable. */
  onCommit?: (lastSeq: number) => void;
  /**
   * Local write-ahead journal for stores that commit asynchronously (PostgreSQL): its folder, or
   * false to go without. Default RECORD_JOURNAL_DIR, else ./data/record-journal. SQLite needs none.
   */
  journal?: { dir?: string } | false;
  writer?: Omit<RecordWriterOptions, 'onCommit' | 'journal'>;
  /**
   * Told once per outage that the record is not being written, as a sentence naming the store and
   * what to do: at once for failures retrying cannot fix (damaged file, read-only, disk), after a
   * few attempts for ones that may pass (locked file, unreachable server), and at close if some of
   * the record was never written.
   */
  onStoreError?: (error: RecordStoreError) => void;
}

export interface Recorder {
  readonly sessionId: string;
  readonly writer: RecordWriter;
  /** Highest event seq assigned so far. */
  readonly lastSeq: number;
  /** Highest event seq committed to the store. */
  readonly lastCommittedSeq: number;
  /** Resolves once the session close is recorded and written (or the flush timed out). */
  readonly closed: Promise<void>;
  /** Wait for everything queued so far to be committed; false on timeout. */
  flush(timeoutMs?: number): Promise<boolean>;
  /** Stop listening without recording a close (the record stays `incomplete`). */
  detach(): void;
}

function resolveRedactor(redact: AttachRecorderOptions<unknown>['redact']): Redactor {
  if (redact === undefined) return createRedactor(redactionFromEnv());
  if (typeof redact === 'boolean') return createRedactor({ pii: redact });
  if ('text' in redact && typeof redact.text === 'function') return redact as Redactor;
  return createRedactor(redact as RedactionOptions);
}

function nameOf(value: string | { name?: string } | undefined): string | undefined {
  return typeof value === 'string' ? value : value?.name;
}

function identityOf(value: string | { identity?: string } | undefined): string | undefined {
  return typeof value === 'string' ? value : value?.identity;
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? '{}';
  } catch {
    return JSON.stringify({ unserializable: true });
  }
}

/** Failures that may pass on their own: the writer retries a while before anyone is told. */
const TRANSIENT = new Set<string>(['locked', 'unreachable']);

const round = (ms: number) => Math.round(ms * 10) / 10;

export function attachRecorder<UD>(options: AttachRecorderOptions<UD>): Recorder {
  const { runtime, session, store } = options;
  const sessionId = runtime.sessionId;
  const redactor = resolveRedactor(options.redact);
  const logger = log().child({ component: 'recorder', sessionId });
  let lastSeq = 0;
  let lastCommittedSeq = 0;
  let ended = false;
  let resolveClosed!: () => void;
  const closed = new Promise<void>((resolve) => (resolveClosed = resolve));
  let warned = false;
  let reported = false;
  const report = (error: RecordStoreError): void => {
    if (reported) return;
    reported = true;
    options.onStoreError?.(error);
  };

  const journal =
    store.applySync || options.journal === false
      ? undefined
      : RecordJournal.open(options.journal?.dir ?? journalDirFromEnv(), sessionId);
  const writer = new RecordWriter(store, {
    ...options.writer,
    journal,
    onCommit: (ops: readonly RecordOp[]) => {
      for (const op of ops) if (op.op === 'event') lastCommittedSeq = Math.max(lastCommittedSeq, op.row.seq);
      warned = false;
      reported = false;
      options.onCommit?.(lastCommittedSeq);
    },
    onError: (error, attempt) => {
      options.writer?.onError?.(error, attempt);
      // One log line and one report per outage: the writer retries on its own. A warning, not an
      // error: onStoreError is how the host says it loudly (the console would otherwise say it twice).
      if (!warned)
        logger.warn(
          { error: redactor.text(String((error as Error)?.message ?? error)), attempt, store: store.location },
          'session record write failed; retrying',
        );
      warned = true;
      const described =
        error instanceof RecordStoreError
          ? error
          : new RecordStoreError(
              `The record store at ${store.location} failed: ${redactor.text(String((error as Error)?.message ?? error))}`,
              'unknown',
              { cause: error },
            );
      if (!TRANSIENT.has(described.code) || attempt >= 5) report(described);
    },
  });

  const record = (kind: RecordKind, data: Record<string, unknown>, agent?: string, at = Date.now()): void => {
    if (ended) return;
    lastSeq += 1;
    // Serialise now: the record must show the state at event time, not after later mutation.
    const text = safeJson(redactor.value(data));
    writer.enqueue({ op: 'event', row: { sessionId, seq: lastSeq, at, kind, agent, data: text } });
  };

  writer.enqueue({
    op: 'start',
    row: {
      id: sessionId,
      startedAt: Date.now(),
      room: redactor.text(nameOf(options.room) ?? '') || undefined,
      caller: redactor.text(identityOf(options.caller) ?? '') || undefined,
      workflow: runtime.workflow.spec.name,
      worker: `${hostname()}:${process.pid}`,
    },
  });
  record('session_started', {
    room: nameOf(options.room),
    caller: identityOf(options.caller),
    workflow: runtime.workflow.spec.name,
    providers: (runtime as { providers?: unknown }).providers,
    redaction: redactor.pii ? 'on' : 'off',
  });

  const failures = new ToolFailureClassifier();
  const onWorkflowEvent = (event: WorkflowEvent): void => {
    const { type, at, sessionId: _sid, ...rest } = event;
    const data: Record<string, unknown> = { ...rest };
    let agent: string | undefined;
    switch (event.type) {
      case 'tool_call': {
        agent = event.agent;
        data.durationMs = round(event.durationMs);
        const target = handoffTargetOf(runtime, event.agent, event.tool);
        if (target) data.handoffTo = target;
        const failure = failures.observe(event);
        if (failure) data.failure = failure;
        break;
      }
      case 'guard_refused':
        failures.observe(event);
        agent = event.agent;
        break;
      case 'handoff':
        agent = event.from;
        data.durationMs = round(event.durationMs);
        if (event.mode === 'loop_escalation') {
          const requested = handoffTargetOf(runtime, event.from, event.tool);
          if (requested) data.requestedTo = requested;
        }
        break;
      case 'handoff_completed':
        agent = event.to;
        data.gapMs = round(event.gapMs);
        break;
      case 'error':
      case 'fallback':
      case 'session_start':
        agent = 'agent' in event ? event.agent : undefined;
        break;
      case 'agent_entered':
      case 'userdata_changed':
      case 'loop_detected':
      case 'call_ended':
        agent = event.agent;
        break;
      default:
        agent = 'from' in event ? event.from : undefined;
    }
    record(type, data, agent, at);
  };

  const latency = new TurnLatencyTracker();
  const unsubscribe: (() => void)[] = [];
  for (const e of runtime.events.history) onWorkflowEvent(e);
  runtime.events.on('event', onWorkflowEvent);
  unsubscribe.push(() => runtime.events.off('event', onWorkflowEvent));

  unsubscribe.push(
    listen(session, 'conversation_item_added', (ev) => {
      const item = ev.item;
      const current = runtime.currentAgentId;
      if (item.type === 'agent_handoff') {
        record('agent_handoff', { from: item.oldAgentId, to: item.newAgentId }, item.newAgentId, ev.createdAt);
        return;
      }
      const m = item.metrics ?? {};
      const metrics =
        item.role === 'assistant'
          ? {
              llmTtftMs: m.llmNodeTtft !== undefined ? round(m.llmNodeTtft * 1000) : undefined,
              ttsTtfbMs: m.ttsNodeTtfb !== undefined ? round(m.ttsNodeTtfb * 1000) : undefined,
              e2eLatencyMs: m.e2eLatency !== undefined ? round(m.e2eLatency * 1000) : undefined,
            }
          : {
              endOfTurnDelayMs: m.endOfTurnDelay !== undefined ? round(m.endOfTurnDelay * 1000) : undefined,
              transcriptionDelayMs: m.transcriptionDelay !== undefined ? round(m.transcriptionDelay * 1000) : undefined,
            };
      record(
        'transcript',
        { role: item.role, text: item.textContent ?? '', interrupted: item.interrupted, metrics },
        item.role === 'assistant' ? current : undefined,
        ev.createdAt,
      );
      const turn = latency.onItem(item, current);
      if (turn)
        record(
          'turn_latency',
          { ms: round(turn.ms), source: turn.source, userTurnEndedAt: turn.userTurnEndedAt },
          turn.agent,
        );
    }),
    listen(session, 'metrics_collected', (ev) => {
      const data = compactMetrics(ev.metrics);
      if (data) record('metrics', data, runtime.currentAgentId, ev.createdAt);
    }),
    listen(session, 'error', (ev) => {
      const err = ev.error as { type?: string; recoverable?: boolean; message?: string; error?: Error; label?: string };
      record(
        'error',
        {
          source: err.type ?? 'unknown',
          recoverable: err.recoverable ?? false,
          label: err.label,
          message: err.error?.message ?? err.message ?? String(ev.error),
        },
        runtime.currentAgentId,
        ev.createdAt,
      );
    }),
    listen(session, 'close', (ev) => {
      const outcome: SessionOutcome = resolveOutcome(
        runtime.outcome,
        String(ev.reason),
        ev.error,
        runtime.call.didWork,
      );
      runtime.call.setOutcome(outcome);
      const error = describeCloseError(ev.error);
      record(
        'session_closed',
        { reason: String(ev.reason), outcome, error, agents: [...runtime.path] },
        runtime.currentAgentId,
        ev.createdAt,
      );
      writer.enqueue({
        op: 'end',
        row: {
          id: sessionId,
          endedAt: ev.createdAt,
          outcome,
          closeReason: String(ev.reason),
          error: error ? redactor.text(error) : undefined,
        },
      });
      ended = true;
      detach();
      void writer.flush(30_000).then((ok) => {
        // Keep the journal when writes are still pending, so a later start-up can replay it.
        journal?.close({ remove: ok });
        if (!ok)
          report(
            new RecordStoreError(
              `${writer.pending} events of call ${sessionId} were not written to the record store ${store.location}${journal ? '; the local journal keeps them for the next start' : ''}.`,
              'unknown',
            ),
          );
        if (!ok)
          logger.error(
            { pending: writer.pending },
            'session record not fully written before the flush timeout; the local journal keeps it for recovery',
          );
        resolveClosed();
      });
    }),
  );

  function detach(): void {
    for (const off of unsubscribe.splice(0)) off();
  }

  return {
    sessionId,
    writer,
    get lastSeq() {
      return lastSeq;
    },
    get lastCommittedSeq() {
      return lastCommittedSeq;
    },
    closed,
    flush: (timeoutMs?: number) => writer.flush(timeoutMs),
    detach: () => {
      detach();
      ended = true;
      void writer.flush().then((ok) => {
        journal?.close({ remove: ok });
        resolveClosed();
      });
    },
  };
}
