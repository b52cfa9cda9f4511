// The callers a scenario can use: a script (`say`), a rule-based persona that answers what the agent
// asks from its facts and pursues its goal (offline, deterministic for a seed), or an LLM playing
// the persona (persona_caller.ts, llm_persona_caller.ts). All of them see only what a real caller
// would: what the agents said and did.
import type { CallRecord } from './run_record.js';

export interface CallerView {
  /** Agent lines since the caller last spoke (the greeting before the first turn). */
  replies: string[];
  /** Agent holding the call. */
  agent: string;
  /** Tool calls since the caller last spoke. */
  calls: CallRecord[];
  /** The turn about to be taken, 1-based. */
  turn: number;
  /** The conversation so far, caller and agent lines only. */
  conversation: { role: 'caller' | 'agent'; text: string }[];
}

export interface SimulatedCaller {
  /** The caller's next line, or undefined to hang up. */
  next(view: CallerView): Promise<string | undefined>;
  /** Why the caller stopped, once it has. */
  readonly endReason?: string;
}

export class ScriptedCaller implements SimulatedCaller {
  private i = 0;
  endReason?: string;

  constructor(private readonly lines: readonly string[]) {}

  async next(): Promise<string | undefined> {
    const line = this.lines[this.i++];
    if (line === undefined) this.endReason = 'script done';
    return line;
  }
}

// ---------------------------------------------------------------------------------------------
// Rule-based persona
