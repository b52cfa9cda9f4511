// What one scenario run produced: the facts expectations, judges and reporters read.
import type { Outcome } from './scenario_schema.js';

export interface TranscriptLine {
  /** Milliseconds since the call started. */
  atMs: number;
  kind: 'caller' | 'agent' | 'tool' | 'handoff' | 'error' | 'note';
  agent?: string;
  text: string;
}

export interface CallRecord {
  agent: string;
  name: string;
  args: Record<string, unknown>;
  ok: boolean;
  /** What the tool returned, or its error. */
  output?: string;
  error?: string;
  /** Caller turn (1-based) during which the call ran; 0 for the greeting. */
  turn: number;
}

export interface TurnRecord {
  /** 1-based. */
  turn: number;
  caller: string;
  /** Agent lines in reply to this turn (including entry lines of agents handed to). */
  replies: string[];
  /** Agent that held the call when the caller spoke. */
  agent: string;
  /** Caller turn end → first agent reply; undefined when nothing was said. */
  latencyMs?: number;
  answered: boolean;
  error?: string;
}

export interface RunRecord {
  turns: TurnRecord[];
  transcript: TranscriptLine[];
  /** Agents in the order they took the call (the start agent first). */
  path: string[];
  handoffs: number;
  calls: CallRecord[];
  userdata: Record<string, unknown>;
  outcome: Outcome;
  /** Why the simulated caller stopped (goal met, refused, maxTurns, script done, agent ended the call). */
  callerEnd?: string;
  errors: string[];
}
