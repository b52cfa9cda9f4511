// A request being put together (frame), what a turn decides about it (outcome), and what the
// replay of earlier turns has established (state).
import type { ParamSpec } from '../param_spec.js';
import type { FoundDateTime } from '../slots/index.js';
import type { ToolInfo } from '../tool_catalog.js';

export interface Frame {
  tool: ToolInfo;
  args: Record<string, unknown>;
  dates: Record<string, FoundDateTime>;
  expecting?: ParamSpec;
  /** Optional arguments asked once and not answered: not asked again. */
  skipped: Set<string>;
  /** A request put on hold until this one (its prerequisite) is done. */
  deferred?: { tool: ToolInfo; index: number };
}

/** The smalltalk act of only taking note of an answer ("oh, a fiber cut. okay"). */
export const ACKNOWLEDGED = '__acknowledged';

export type Outcome =
  /** `unfound`: things named with the items that the tool's list does not have ("two cokes"), said to the caller. */
  | { kind: 'call'; frame: Frame; fresh: boolean; more?: Frame[]; unfound?: string[] }
  | { kind: 'ask'; frame: Frame; fresh: boolean; answered: boolean; reask: boolean }
  | { kind: 'clarify'; options: [ToolInfo, ToolInfo] }
  | { kind: 'escalate'; tool: ToolInfo; reason: string }
  | { kind: 'no_human' }
  | { kind: 'end'; tool?: ToolInfo }
  | { kind: 'wrap_up' }
  /** The caller held back ("don't submit it yet") or declined ("no need to send anything") the committing step. */
  | { kind: 'hold'; tool: ToolInfo; declined?: boolean }
  | { kind: 'smalltalk'; intent: string; name?: string }
  | { kind: 'injection' }
  /** The caller asked for a time that is not among the options just offered: say so, offer them again. */
  | { kind: 'not_offered'; asked: string; options: string[] }
  /**
   * Details for later (or for nothing here yet) with nothing to do now: thank, and ask what is open.
   * `acknowledged`: a plain yes to what was said before the question ("yes that's it"), taken as such.
   */
  | { kind: 'noted'; frame?: Frame; question: string; acknowledged?: boolean }
  | { kind: 'miss' };

export interface State {
  frame?: Frame;
  pendingChoice?: [ToolInfo, ToolInfo];
  /** Consecutive turns the policy could not understand. */
  misses: number;
  /** Tool errors so far in this agent's conversation. */
  failures: number;
  /** The last call and how it went, for corrections ("no, it's ann@x.com"). */
  lastCall?: { tool: ToolInfo; args: Record<string, unknown>; error?: string; output?: string };
  /** Calls refused with an error that have not succeeded since (e.g. a guard wanted verification). */
  refused: { tool: ToolInfo; args: Record<string, unknown>; error: string }[];
  /** A request waiting for its prerequisite tool to succeed. */
  deferred?: { tool: ToolInfo; index: number; prerequisite: string };
  /** A request whose question was open when another tool was called instead: its question comes back after. */
  interrupted?: Frame;
  /** Tools that have succeeded in this conversation, with their last arguments. */
  done: Map<string, Record<string, unknown>>;
  /**
   * Tools whose refusal said the request already holds ("already a patient; nothing to register"),
   * also in `done`: details said next are for another request, not that one again.
   */
  settled?: Set<string>;
}
