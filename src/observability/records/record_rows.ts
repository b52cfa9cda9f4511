// Row <-> object conversions shared by the SQLite and PostgreSQL stores (PostgreSQL returns
// BIGINT and COUNT as strings, SQLite as numbers; both come out as numbers here).
import type { RecordedEvent, RecordedOutcome, SessionEvent, SessionSummary } from './record_types.js';

export interface SessionRow {
  id: string;
  started_at: number | string;
  ended_at: number | string | null;
  room: string | null;
  caller: string | null;
  workflow: string | null;
  worker: string | null;
  outcome: string | null;
  close_reason: string | null;
  error: string | null;
  event_count?: number | string;
  handoffs?: number | string;
  tool_calls?: number | string;
}

export interface EventRow {
  session_id: string;
  seq: number | string;
  at: number | string;
  kind: string;
  agent: string | null;
  data: string;
}

const opt = <T>(v: T | null | undefined): T | undefined => (v === null || v === undefined ? undefined : v);

export function summaryFromRow(row: SessionRow, agents: string[]): SessionSummary {
  const startedAt = Number(row.started_at);
  const endedAt = row.ended_at === null || row.ended_at === undefined ? undefined : Number(row.ended_at);
  return {
    id: row.id,
    startedAt,
    endedAt,
    durationMs: endedAt === undefined ? undefined : endedAt - startedAt,
    room: opt(row.room),
    caller: opt(row.caller),
    workflow: opt(row.workflow),
    worker: opt(row.worker),
    outcome: (endedAt === undefined ? 'incomplete' : (row.outcome ?? 'incomplete')) as RecordedOutcome,
    closeReason: opt(row.close_reason),
    error: opt(row.error),
    agents,
    handoffs: Number(row.handoffs ?? 0),
    toolCalls: Number(row.tool_calls ?? 0),
    eventCount: Number(row.event_count ?? 0),
  };
}

function parseData(text: string): Record<string, unknown> {
  try {
    const parsed = JSON.parse(text) as unknown;
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : { value: parsed };
  } catch {
    return { unreadable: text.slice(0, 200) };
  }
}

export function eventFromRow(row: EventRow): RecordedEvent {
  return { seq: Number(row.seq), at: Number(row.at), kind: row.kind, agent: opt(row.agent), data: parseData(row.data) };
}

export function sessionEventFromRow(row: EventRow): SessionEvent {
  return { sessionId: row.session_id, ...eventFromRow(row) };
}

/** Group agent_entered rows into each session's agent path. */
export function agentPaths(rows: { session_id: string; agent: string | null }[]): Map<string, string[]> {
  const paths = new Map<string, string[]>();
  for (const r of rows) {
    if (!r.agent) continue;
    const path = paths.get(r.session_id) ?? [];
    path.push(r.agent);
    paths.set(r.session_id, path);
  }
  return paths;
}

export const SUMMARY_COLUMNS = `s.id, s.started_at, s.ended_at, s.room, s.caller, s.workflow, s.worker, s.outcome, s.close_reason, s.error,
  (SELECT COUNT(*) FROM session_events e WHERE e.session_id = s.id) AS event_count,
  (SELECT COUNT(*) FROM session_events e WHERE e.session_id = s.id AND e.kind = 'handoff') AS handoffs,
  (SELECT COUNT(*) FROM session_events e WHERE e.session_id = s.id AND e.kind = 'tool_call') AS tool_calls`;
