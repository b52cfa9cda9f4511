// The shapes of a session record as stored and read back. One record per call: a session row
// plus an ordered list of events (seq 1, 2, 3... per session).

/** How a call ended. `incomplete` means no close was recorded (the worker died or the call is live). */
export type SessionOutcome = 'resolved' | 'escalated' | 'abandoned' | 'error';
export type RecordedOutcome = SessionOutcome | 'incomplete';

/** Event kinds we store besides the workflow's own event types. */
export type RecordKind =
  | 'session_started'
  | 'session_closed'
  | 'transcript'
  | 'agent_handoff'
  | 'metrics'
  | 'turn_latency'
  | 'error'
  | (string & {});

export interface SessionStartRow {
  id: string;
  startedAt: number;
  room?: string;
  caller?: string;
  workflow?: string;
  worker?: string;
}

export interface SessionEndRow {
  id: string;
  endedAt: number;
  outcome: SessionOutcome;
  closeReason?: string;
  error?: string;
}

/** One stored event; `data` is the JSON text written (already redacted). */
export interface StoredEventRow {
  sessionId: string;
  seq: number;
  at: number;
  kind: RecordKind;
  agent?: string;
  data: string;
}

/** A write, applied in order within a session. */
export type RecordOp =
  { op: 'start'; row: SessionStartRow } | { op: 'event'; row: StoredEventRow } | { op: 'end'; row: SessionEndRow };

export interface RecordedEvent {
  seq: number;
  at: number;
  kind: RecordKind;
  agent?: string;
  data: Record<string, unknown>;
}

export interface SessionSummary {
  id: string;
  startedAt: number;
  endedAt?: number;
  durationMs?: number;
  room?: string;
  caller?: string;
  workflow?: string;
  worker?: string;
  outcome: RecordedOutcome;
  closeReason?: string;
  error?: string;
  /** Agent ids in the order they took the call. */
  agents: string[];
  handoffs: number;
  toolCalls: number;
  eventCount: number;
}

/** A full record: the summary fields plus every event in order. */
export interface SessionDetail extends SessionSummary {
  events: RecordedEvent[];
}

/** An event with its session id, for cross-session queries (stats). */
export interface SessionEvent extends RecordedEvent {
  sessionId: string;
}
