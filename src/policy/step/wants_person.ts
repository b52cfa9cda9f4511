// Whether a caller turn asks for a person: said outright, a role the escalation names ("can I talk
// to a supervisor"), strong frustration (or mild after repeated trouble), an emergency the escalation
// covers, or the classifier sure of escalation while no question is open.
import { asksForRole } from '../cues.js';
import { POLICY_THRESHOLDS } from '../thresholds.js';
import type { Analysis } from '../analysis/analysis.js';
import { ESCALATION_KINDS } from '../context/turn_context.js';
import type { State } from '../frame/frame.js';
import { agentLabel, type ToolInfo } from '../tool_catalog.js';
import { asksToTalkTo, rolesAskedFor } from '../intent/escalation_roles.js';
import { emergencyForEscalation } from '../intent/emergency.js';

/** The classifier's reading of the line, as far as this check needs it. */
export interface IntentGuess {
  tool?: ToolInfo;
  confident: boolean;
  score: number;
}

export function wantsPerson(
  a: Analysis,
  state: State,
  intent: IntentGuess,
  escalation: ToolInfo | undefined,
  callable: readonly ToolInfo[],
): boolean {
  // The classifier alone escalates only when sure and the caller is not answering a question.
  const classifierEscalates =
    intent.confident &&
    intent.tool !== undefined &&
    ESCALATION_KINDS.has(intent.tool.kind) &&
    intent.score >= POLICY_THRESHOLDS.classifierEscalation &&
    !state.frame?.expecting;
  return (
    a.frustration.wantsHuman ||
    asksForRole(a.text, escalation?.target && agentLabel(escalation.target)) ||
    (escalation !== undefined && asksToTalkTo(a.text, rolesAskedFor(escalation.description))) ||
    a.frustration.level === 'strong' ||
    (a.frustration.level === 'mild' && state.misses + state.failures >= POLICY_THRESHOLDS.mildFrustrationTroubles) ||
    classifierEscalates ||
    emergencyForEscalation(a.text, escalation, callable)
  );
}
