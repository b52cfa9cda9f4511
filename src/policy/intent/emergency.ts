// An emergency said in the middle of something else ("wait, she just collapsed, she's shaking")
// goes to the person the workflow keeps for emergencies, even while a question is open: when the
// escalation's own words are about emergencies and none of this agent's tools (or desks it can
// send the caller to) handles one.
import { EMERGENCY_CUES } from '../lexicon/index.js';
import type { ToolInfo } from '../tool_catalog.js';

/** Whether `tool` (its description and examples, or a transfer's target's work) is about an emergency. */
function aboutEmergencies(tool: ToolInfo): boolean {
  return (
    EMERGENCY_CUES.test(tool.description) ||
    tool.examples.some((e) => EMERGENCY_CUES.test(e)) ||
    (tool.kind !== 'escalation' && tool.scope.some((s) => EMERGENCY_CUES.test(s))) ||
    (tool.later ?? []).some(aboutEmergencies)
  );
}

/**
 * Whether the caller's line is an emergency for the escalation rather than for this agent: the
 * line names one, the escalation is for them, and no tool or desk here handles one.
 */
export function emergencyForEscalation(
  text: string,
  escalation: ToolInfo | undefined,
  callable: readonly ToolInfo[],
): boolean {
  if (!escalation || !EMERGENCY_CUES.test(text) || !aboutEmergencies(escalation)) return false;
  return !callable.some(
    (t) => (t.kind === 'business' || t.kind === 'handoff' || t.kind === 'call') && aboutEmergencies(t),
  );
}
