// What the policy hands back to the LLM adapter for one turn.

export interface PlannedCall {
  name: string;
  args: Record<string, unknown>;
}

export interface PolicyDecision {
  /** What the agent says (may be empty). */
  content: string;
  toolCalls: PlannedCall[];
  /** Why, in one word: tool, handoff, ask, clarify, reply, escalate, end, entry, output, handoff_done, decline, miss. */
  reason: string;
}
