// Metadata we attach to the tools we hand to the framework, so the offline policy, the graph
// renderer and the console can tell a handoff from a business tool without guessing from names.
import type { AnyFunctionTool, TransitionMode } from './declaration.js';

export const TOOL_META = Symbol.for('switchboard.toolMeta');

/** A handoff-like tool is named after the transition it makes (a forced loop escalation has no tool). */
export type ToolKind = Exclude<TransitionMode, 'loop_escalation'> | 'business' | 'end_call' | 'operator';

export interface ToolMeta {
  kind: ToolKind;
  /** Target agent for handoff-like tools. */
  target?: string;
  /** Example caller phrases that should trigger this tool. */
  examples: string[];
  /**
   * A business tool that only prepares a later action (a search the caller picks from, a hold):
   * its success alone does not resolve the call (`AgentSpec.steps`, `step_tools.ts`).
   */
  step?: boolean;
  /**
   * Whether the tool's guards pass on the call's userdata right now. Absent when the tool has no
   * guards. Lets a policy see which of several onward transfers a tool result has opened (a lead
   * found to fit opens the demo, not the follow-up) without reading the edges' English.
   */
  ready?: () => boolean;
  /**
   * For a guarded business tool: the refusal of the guard that would refuse it now ("Ask for the
   * email, then call find_customer"), or undefined when its guards pass. A policy can read it as
   * the app's word on what must happen first, before the tool is tried and refused.
   */
  blockedBy?: () => string | undefined;
  /** For a guarded business tool: what each of its guards says when it refuses, whether or not it does now. */
  refusals?: string[];
  /**
   * For a transfer: what the target agent handles (its description and business tools), so the
   * offline policy can route "three diavolas" to the agent whose tool lists diavola.
   */
  targetScope?: TargetScope;
}

export interface TargetScope {
  description: string;
  tools: Record<string, { description?: string; parameters?: unknown }>;
  /** More of what the target handles in its own words (for a return: the previous agent's onward edges' `when`). */
  handles?: string[];
}

export function setToolMeta<T extends object>(tool: T, meta: ToolMeta): T {
  Object.defineProperty(tool, TOOL_META, { value: meta, enumerable: true });
  return tool;
}

export function getToolMeta(tool: AnyFunctionTool | object): ToolMeta | undefined {
  return (tool as Record<symbol, ToolMeta | undefined>)[TOOL_META];
}

// The entry tag marks the one reply an agent makes when it takes over. Real LLMs read it as a
// plain label; the offline policy and the test LLM use it to know the turn is an entry turn.
const ENTRY_TAG = /\[on enter: ([a-z][a-z0-9_]*)(?: from ([a-z][a-z0-9_]*))?(?: \((return)\))?\]/;

export function entryTag(agent: string, from?: string, isReturn = false): string {
  return `[on enter: ${agent}${from ? ` from ${from}` : ''}${isReturn ? ' (return)' : ''}]`;
}

export function parseEntryTag(text: string): { agent: string; from?: string; isReturn: boolean } | undefined {
  const m = ENTRY_TAG.exec(text);
  if (!m) return undefined;
  return { agent: m[1]!, from: m[2], isReturn: m[3] === 'return' };
}
