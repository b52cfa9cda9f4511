// Aggregates over stored session records for `switchboard report stats`: handoff success per edge,
// escalation rate, time to first audio, slowest tools and top errors.
import { HandoffOutcomes, type HandoffOutcome } from '../event_facts.js';
import type { RecordedOutcome, SessionEvent, SessionSummary } from '../records/record_types.js';

/** Event kinds the stats read. */
export const STATS_EVENT_KINDS = [
  'handoff',
  'return',
  'agent_entered',
  'tool_call',
  'turn_latency',
  'handoff_completed',
  'error',
  'fallback',
  'session_closed',
] as const;

export interface Distribution {
  count: number;
  medianMs?: number;
  p95Ms?: number;
  maxMs?: number;
}

export interface EdgeStats {
  from: string;
  to: string;
  completed: number;
  failed: number;
  dropped: number;
  /** completed / (completed + failed + dropped); undefined when none finished. */
  successRate?: number;
}

export interface ToolStats extends Distribution {
  tool: string;
  calls: number;
  failures: number;
}

export interface ErrorStats {
  kind: string;
  message: string;
  count: number;
}

export interface FallbackStats {
  component: string;
  from: string;
  to: string;
  count: number;
}

export interface ReportStats {
  sessions: number;
  /** Sessions with a recorded close. */
  finished: number;
  from?: number;
  to?: number;
  outcomes: Partial<Record<RecordedOutcome, number>>;
  /** Escalated / finished sessions. */
  escalationRate?: number;
  handoffEdges: EdgeStats[];
  handoffGap: Distribution;
  firstAudio: Distribution;
  slowestTools: ToolStats[];
  topErrors: ErrorStats[];
  /** Provider fallbacks (llm, stt, tts), most frequent first. */
  fallbacks: FallbackStats[];
}

/** Nearest-rank percentile of an ascending list. */
export function percentile(sorted: readonly number[], p: number): number | undefined {
  if (sorted.length === 0) return undefined;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export function distribution(values: readonly number[]): Distribution {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    count: sorted.length,
    medianMs: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    maxMs: sorted.at(-1),
  };
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

export function computeStats(
  sessions: readonly SessionSummary[],
  events: readonly SessionEvent[],
  options: { topN?: number } = {},
): ReportStats {
  const topN = options.topN ?? 5;
  const outcomes: Partial<Record<RecordedOutcome, number>> = {};
  for (const s of sessions) outcomes[s.outcome] = (outcomes[s.outcome] ?? 0) + 1;
  const finished = sessions.filter((s) => s.outcome !== 'incomplete').length;

  const edges = new Map<string, EdgeStats>();
  const tally = (from: string, to: string, outcome: HandoffOutcome) => {
    const key = `${from}\u0000${to}`;
    const e = edges.get(key) ?? { from, to, completed: 0, failed: 0, dropped: 0 };
    e[outcome] += 1;
    edges.set(key, e);
  };
  const gaps: number[] = [];
  const firstAudio: number[] = [];
  const tools = new Map<string, { durations: number[]; failures: number }>();
  const errors = new Map<string, ErrorStats>();
  const fallbacks = new Map<string, FallbackStats>();
  const addError = (kind: string, message: string) => {
    const key = `${kind}\u0000${message}`;
    const e = errors.get(key) ?? { kind, message, count: 0 };
    e.count += 1;
    errors.set(key, e);
  };

  // Events arrive grouped by session, in seq order.
  let current: string | undefined;
  let handoffs: HandoffOutcomes | undefined;
  for (const ev of events) {
    if (ev.sessionId !== current) {
      current = ev.sessionId;
      handoffs = new HandoffOutcomes(tally);
    }
    const d = ev.data;
    switch (ev.kind) {
      case 'handoff': {
        const from = str(d.from);
        const to = str(d.to);
        const requested = str(d.requestedTo);
        if (from && requested) handoffs!.failed(from, requested);
        if (from && to) handoffs!.started(from, to);
        break;
      }
      case 'return': {
        const from = str(d.from);
        const to = str(d.to);
        if (from && to) handoffs!.started(from, to);
        break;
      }
      case 'agent_entered': {
        const agent = str(d.agent);
        if (agent) handoffs!.entered(agent, str(d.from));
        break;
      }
      case 'handoff_completed': {
        const gap = num(d.gapMs);
        if (gap !== undefined) gaps.push(gap);
        break;
      }
      case 'turn_latency': {
        const ms = num(d.ms);
        if (ms !== undefined) firstAudio.push(ms);
        break;
      }
      case 'tool_call': {
        const tool = str(d.tool) ?? 'unknown';
        const t = tools.get(tool) ?? { durations: [], failures: 0 };
        const duration = num(d.durationMs);
        if (duration !== undefined) t.durations.push(duration);
        const failure = str(d.failure);
        if (failure) {
          t.failures += 1;
          const target = str(d.handoffTo);
          const agent = str(d.agent) ?? ev.agent;
          if (target && agent) handoffs!.failed(agent, target);
          if (failure !== 'refused') addError(`tool_${failure}`, `${tool}: ${str(d.error) ?? 'failed'}`);
        }
        tools.set(tool, t);
        break;
      }
      case 'error': {
        // Framework errors carry `source`; provider degradations `component` and `kind`.
        const component = str(d.component);
        const kind = component ? `${component}_${str(d.kind) ?? 'error'}` : (str(d.source) ?? 'error');
        const provider = str(d.provider);
        addError(kind, `${provider ? `${provider}: ` : ''}${str(d.message) ?? 'unknown error'}`);
        break;
      }
      case 'fallback': {
        const f = { component: str(d.component) ?? 'llm', from: str(d.from) ?? '?', to: str(d.to) ?? '?' };
        const key = `${f.component}\u0000${f.from}\u0000${f.to}`;
        const entry = fallbacks.get(key) ?? { ...f, count: 0 };
        entry.count += 1;
        fallbacks.set(key, entry);
        break;
      }
      case 'session_closed':
        handoffs!.close();
        if (str(d.error)) addError('session_error', str(d.error)!);
        break;
      default:
        break;
    }
  }

  const handoffEdges = [...edges.values()]
    .map((e) => {
      const total = e.completed + e.failed + e.dropped;
      return { ...e, successRate: total === 0 ? undefined : e.completed / total };
    })
    .sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to));

  const slowestTools = [...tools.entries()]
    .map(([tool, t]) => ({ tool, calls: t.durations.length, failures: t.failures, ...distribution(t.durations) }))
    .sort((a, b) => (b.p95Ms ?? 0) - (a.p95Ms ?? 0) || a.tool.localeCompare(b.tool))
    .slice(0, topN);

  const topErrors = [...errors.values()]
    .sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind))
    .slice(0, topN);

  const starts = sessions.map((s) => s.startedAt);
  return {
    sessions: sessions.length,
    finished,
    from: starts.length ? Math.min(...starts) : undefined,
    to: starts.length ? Math.max(...starts) : undefined,
    outcomes,
    escalationRate: finished === 0 ? undefined : (outcomes.escalated ?? 0) / finished,
    handoffEdges,
    handoffGap: distribution(gaps),
    firstAudio: distribution(firstAudio),
    slowestTools,
    topErrors,
    fallbacks: [...fallbacks.values()].sort((a, b) => b.count - a.count).slice(0, topN),
  };
}
