// Prometheus metrics for the worker: sessions, handoffs per edge, tools, time to first agent audio,
// escalations and errors. Labels are agent ids, tool names and small enums only (never session
// ids or caller data), so cardinality stays bounded by the workflow's size.
import type { voice } from '@livekit/agents';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { WorkflowEvent } from '../../workflow/events.js';
import {
  handoffTargetOf,
  HandoffOutcomes,
  listen,
  ToolFailureClassifier,
  type AnyRuntime,
  type HandoffOutcome,
} from '../event_facts.js';
import { resolveOutcome } from '../records/outcome.js';
import { TurnLatencyTracker } from '../turn_latency.js';

const LATENCY_BUCKETS = [0.1, 0.2, 0.3, 0.5, 0.75, 1, 1.5, 2, 3, 5, 8];
const TOOL_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export interface SwitchboardMetrics {
  readonly registry: Registry;
  readonly activeSessions: Gauge;
  readonly sessions: Counter<'outcome'>;
  readonly handoffs: Counter<'from' | 'to' | 'outcome'>;
  readonly handoffSuccessRatio: Gauge<'from' | 'to'>;
  readonly handoffGap: Histogram<'from' | 'to'>;
  readonly toolCalls: Counter<'tool' | 'outcome'>;
  readonly toolDuration: Histogram<'tool'>;
  readonly firstAudio: Histogram<'agent'>;
  readonly llmTtft: Histogram;
  readonly ttsTtfb: Histogram;
  readonly endOfUtteranceDelay: Histogram;
  readonly escalations: Counter<'channel' | 'result'>;
  readonly loopsDetected: Counter<'agent'>;
  readonly errors: Counter<'kind'>;
  readonly fallbacks: Counter<'component' | 'from' | 'to'>;
  /** Record a handoff outcome (keeps the success ratio in step with the counter). */
  handoffOutcome(from: string, to: string, outcome: HandoffOutcome): void;
}

export interface CreateMetricsOptions {
  registry?: Registry;
  /** Also export Node process metrics (CPU, memory, event loop lag) with the same prefix. */
  processMetrics?: boolean;
}

export function createMetrics(options: CreateMetricsOptions = {}): SwitchboardMetrics {
  const registry = options.registry ?? new Registry();
  const registers = [registry];
  if (options.processMetrics) collectDefaultMetrics({ register: registry, prefix: 'switchboard_process_' });
  const tallies = new Map<string, { from: string; to: string; completed: number; total: number }>();

  const handoffSuccessRatio = new Gauge<'from' | 'to'>({
    name: 'switchboard_handoff_success_ratio',
    help: 'Share of finished handoffs per edge in which the target agent took the call (completed / (completed + failed + dropped)).',
    labelNames: ['from', 'to'],
    registers,
    // A ratio cannot be summed across worker processes: the metrics server recomputes it from the counter.
    aggregator: 'omit',
    collect() {
      for (const t of tallies.values()) this.set({ from: t.from, to: t.to }, t.total === 0 ? 0 : t.completed / t.total);
    },
  });
  const handoffs = new Counter<'from' | 'to' | 'outcome'>({
    name: 'switchboard_handoffs_total',
    help: 'Handoffs by edge and outcome: completed (target agent took over), failed (refused by a guard, bad arguments or loop protection), dropped (call ended first).',
    labelNames: ['from', 'to', 'outcome'],
    registers,
  });

  return {
    registry,
    activeSessions: new Gauge({
      name: 'switchboard_active_sessions',
      help: 'Sessions currently running in this worker.',
      registers,
    }),
    sessions: new Counter({
      name: 'switchboard_sessions_total',
      help: 'Finished sessions by outcome.',
      labelNames: ['outcome'],
      registers,
    }),
    handoffs,
    handoffSuccessRatio,
    handoffGap: new Histogram({
      name: 'switchboard_handoff_gap_seconds',
      help: "Time from a handoff's tool result to the next agent's first reply.",
      labelNames: ['from', 'to'],
      buckets: LATENCY_BUCKETS,
      registers,
    }),
    toolCalls: new Counter({
      name: 'switchboard_tool_calls_total',
      help: 'Tool calls by tool and outcome (ok, refused, timeout, invalid_userdata, exception, error).',
      labelNames: ['tool', 'outcome'],
      registers,
    }),
    toolDuration: new Histogram({
      name: 'switchboard_tool_call_duration_seconds',
      help: 'Tool call duration.',
      labelNames: ['tool'],
      buckets: TOOL_BUCKETS,
      registers,
    }),
    firstAudio: new Histogram({
      name: 'switchboard_time_to_first_audio_seconds',
      help: "Time from the end of the caller's turn to the agent's first audio.",
      labelNames: ['agent'],
      buckets: LATENCY_BUCKETS,
      registers,
    }),
    llmTtft: new Histogram({
      name: 'switchboard_llm_ttft_seconds',
      help: 'LLM time to first token.',
      buckets: LATENCY_BUCKETS,
      registers,
    }),
    ttsTtfb: new Histogram({
      name: 'switchboard_tts_ttfb_seconds',
      help: 'TTS time to first byte.',
      buckets: LATENCY_BUCKETS,
      registers,
    }),
    endOfUtteranceDelay: new Histogram({
      name: 'switchboard_end_of_utterance_delay_seconds',
      help: 'Time from the end of speech (VAD) to the end-of-turn decision.',
      buckets: LATENCY_BUCKETS,
      registers,
    }),
    escalations: new Counter({
      name: 'switchboard_escalations_total',
      help: 'Escalations to a human by channel and result.',
      labelNames: ['channel', 'result'],
      registers,
    }),
    loopsDetected: new Counter({
      name: 'switchboard_loops_detected_total',
      help: 'Handoff loops stopped by loop protection.',
      labelNames: ['agent'],
      registers,
    }),
    errors: new Counter({
      name: 'switchboard_errors_total',
      help: 'Errors by kind: framework errors (llm_error, stt_error, tts_error...), tool_timeout, tool_exception, session_error.',
      labelNames: ['kind'],
      registers,
    }),
    fallbacks: new Counter({
      name: 'switchboard_fallbacks_total',
      help: 'Provider fallbacks by component (llm, stt, tts), from and to (provider names; to is the one now in use).',
      labelNames: ['component', 'from', 'to'],
      registers,
    }),
    handoffOutcome(from, to, outcome) {
      handoffs.inc({ from, to, outcome });
      const key = `${from}\u0000${to}`;
      const t = tallies.get(key) ?? { from, to, completed: 0, total: 0 };
      t.total += 1;
      if (outcome === 'completed') t.completed += 1;
      tallies.set(key, t);
    },
  };
}

let shared: SwitchboardMetrics | undefined;

/** The process-wide metrics (with process metrics) that the worker and the metrics server share. */
export function defaultMetrics(): SwitchboardMetrics {
  shared ??= createMetrics({ processMetrics: true });
  return shared;
}

/**
 * Count one session's events into the metrics. Call before `runtime.start(session)`; returns a
 * detach function (called automatically when the session closes).
 */
export function instrumentRuntime<UD>(
  runtime: AnyRuntime,
  session: voice.AgentSession<UD>,
  options: { metrics?: SwitchboardMetrics } = {},
): () => void {
  const m = options.metrics ?? defaultMetrics();
  const failures = new ToolFailureClassifier();
  const outcomes = new HandoffOutcomes((from, to, outcome) => m.handoffOutcome(from, to, outcome));
  const latency = new TurnLatencyTracker();
  let active = true;
  m.activeSessions.inc();

  const onEvent = (e: WorkflowEvent): void => {
    switch (e.type) {
      case 'tool_call': {
        const failure = failures.observe(e);
        m.toolCalls.inc({ tool: e.tool, outcome: failure ?? 'ok' });
        m.toolDuration.observe({ tool: e.tool }, e.durationMs / 1000);
        if (failure === 'timeout') m.errors.inc({ kind: 'tool_timeout' });
        if (failure === 'exception') m.errors.inc({ kind: 'tool_exception' });
        const target = handoffTargetOf(runtime, e.agent, e.tool);
        if (failure && target) outcomes.failed(e.agent, target);
        break;
      }
      case 'guard_refused':
        failures.observe(e);
        break;
      case 'handoff': {
        if (e.mode === 'loop_escalation') {
          const requested = handoffTargetOf(runtime, e.from, e.tool);
          if (requested) outcomes.failed(e.from, requested);
        }
        outcomes.started(e.from, e.to);
        break;
      }
      case 'return':
        outcomes.started(e.from, e.to);
        break;
      case 'agent_entered':
        outcomes.entered(e.agent, e.from);
        break;
      case 'handoff_completed':
        m.handoffGap.observe({ from: e.from, to: e.to }, e.gapMs / 1000);
        break;
      case 'escalation':
        m.escalations.inc({ channel: e.channel, result: e.ok ? 'ok' : 'failed' });
        break;
      case 'loop_detected':
        m.loopsDetected.inc({ agent: e.agent });
        break;
      case 'error':
        m.errors.inc({ kind: `${e.component}_${e.kind}` });
        break;
      case 'fallback':
        m.fallbacks.inc({ component: e.component, from: e.from, to: e.to });
        break;
      default:
        break;
    }
  };

  const offs: (() => void)[] = [];
  runtime.events.on('event', onEvent);
  offs.push(() => runtime.events.off('event', onEvent));
  offs.push(
    listen(session, 'conversation_item_added', (ev) => {
      const turn = latency.onItem(ev.item, runtime.currentAgentId);
      if (turn) m.firstAudio.observe({ agent: turn.agent ?? 'unknown' }, turn.ms / 1000);
    }),
    listen(session, 'metrics_collected', (ev) => {
      const x = ev.metrics;
      if (x.type === 'llm_metrics' && x.ttftMs >= 0) m.llmTtft.observe(x.ttftMs / 1000);
      else if (x.type === 'tts_metrics' && x.ttfbMs >= 0) m.ttsTtfb.observe(x.ttfbMs / 1000);
      else if (x.type === 'eou_metrics') m.endOfUtteranceDelay.observe(x.endOfUtteranceDelayMs / 1000);
    }),
    listen(session, 'error', (ev) => {
      m.errors.inc({ kind: (ev.error as { type?: string }).type ?? 'unknown' });
    }),
    listen(session, 'close', (ev) => {
      const outcome = resolveOutcome(runtime.outcome, String(ev.reason), ev.error, runtime.call.didWork);
      if (ev.reason === 'error') m.errors.inc({ kind: 'session_error' });
      m.sessions.inc({ outcome });
      outcomes.close();
      detach();
    }),
  );

  function detach(): void {
    if (!active) return;
    active = false;
    m.activeSessions.dec();
    for (const off of offs.splice(0)) off();
  }
  return detach;
}
