// A change of a value an earlier agent settled, said to an agent that cannot take it ("actually can
// we do the one o'clock instead" while the booking desk asks for a name): to the agent whose tools
// take that kind of value — by the transfer meant for a different one when there are several. Any app.
import type { ParamSpec } from '../param_spec.js';
import type { ToolInfo } from '../tool_catalog.js';

// Words that change what was settled ("instead", "actually", "can we do … instead", "the later one").
const CHANGE_CUES =
  /\b(?:instead|rather|actually|changed? (?:it|that|the)|switch|move (?:it|that)|(?:a |the )?(?:different|other|another|later|earlier) (?:one|time|day|date|slot))\b/i;
// A transfer whose condition is a different or changed value ("The caller wants a different time").
const FOR_A_CHANGE = /\b(?:different|another|other|change[sd]?|changing|instead)\b/i;

const TIME_KINDS = new Set<ParamSpec['kind']>(['datetime', 'date', 'time']);

/** A tool that takes a date or time. */
function takesTime(t: ToolInfo): boolean {
  return t.params.some((p) => TIME_KINDS.has(p.kind));
}

/** The words change something already settled. */
export function changesSettled(text: string): boolean {
  return CHANGE_CUES.test(text);
}

/**
 * The transfer for a changed date or time said where no tool takes one: the one whose agent takes
 * dates or times, preferring the one meant for a different value. `namesTime`: whether the words
 * give a date, a time or an option of one ("the later one") — asked only when they change something.
 */
export function transferForChangedTime(
  text: string,
  namesTime: () => boolean,
  callable: readonly ToolInfo[],
): ToolInfo | undefined {
  if (!changesSettled(text) || !namesTime()) return undefined;
  if (callable.some((t) => t.kind === 'business' && takesTime(t))) return undefined;
  const fits = callable.filter(
    (t) =>
      (t.kind === 'handoff' || t.kind === 'call') && (t.later ?? []).some((l) => l.kind === 'business' && takesTime(l)),
  );
  if (fits.length === 1) return fits[0];
  const forChange = fits.filter((t) => FOR_A_CHANGE.test(t.description));
  return forChange.length === 1 ? forChange[0] : undefined;
}
