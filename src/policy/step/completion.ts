// What a tool completes: the onward transfer whose condition a successful tool call has just met.
// A transfer's `when` either names the tool ("A time is held with hold_slot"), or describes a state
// a tool brings about ("The form is complete", "Payment is arranged") — as opposed to something the
// caller says or wants ("The caller has everything they want"), which only the caller can signal.
import { POLICY_THRESHOLDS } from '../thresholds.js';
import { humanize } from '../param_spec.js';
import type { ToolInfo } from '../tool_catalog.js';
import { stemHit } from '../tool_relations.js';

/** The transfer's condition: the edge's `when`, without the runtime's lead-in. */
export function transferCondition(transfer: ToolInfo): string {
  const m = /\bUse when:\s*(.*)$/is.exec(transfer.description);
  return (m ? m[1]! : transfer.description).trim();
}

// The caller's own signal, not a state a tool reaches.
const CALLER_SIGNAL = /^(?:the )?(?:caller|customer|user|patient|lead)\b|\b(?:asks?|wants?|would like|says?)\b/i;
// An output that still wants something, or asks the caller to choose, is not a completion.
const NOT_DONE =
  /\?|\b(?:still (?:need|needed|missing)|missing|not yet|not (?:complete|done|finished)|which one|choose|pick one)\b/i;
// States a tool reaches: done, held, booked, verified, complete, arranged, saved...
const STATE = /\b(?:is|are|was|were|has been|have been)\s+(?:now\s+)?([a-z]+(?:ed|en|ete|one|ady|set))\b/i;

const contentWords = (text: string) =>
  humanize(text)
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length > 3);

/** The onward transfer a successful call of `tool` (with this spoken output) completes, if exactly one. */
export function transferCompletedBy(tool: ToolInfo, output: string, transfers: ToolInfo[]): ToolInfo | undefined {
  if (NOT_DONE.test(output)) return undefined;
  // Transfers whose guards still refuse are not what this result completed (the runtime says so).
  transfers = transfers.filter((t) => t.ready?.() !== false);
  const evidence = new Set([...contentWords(tool.name), ...contentWords(tool.description), ...contentWords(output)]);
  const fits = transfers.filter((t) => {
    const when = transferCondition(t);
    if (new RegExp(`\\b${tool.name}\\b`).test(when)) return true;
    if (CALLER_SIGNAL.test(when) || !STATE.test(when)) return false;
    const subject = contentWords(when.split(/[:;,]/)[0] ?? when);
    const shared = subject.filter((w) => [...evidence].some((e) => stemHit(e, w) || stemHit(w, e)));
    return shared.length >= POLICY_THRESHOLDS.completionOverlap;
  });
  return fits.length === 1 ? fits[0] : undefined;
}
