// Two desks close for a line: one whose every tool works on a record the caller already has (each
// takes its reference), one that also starts something new. A line that names no record of the
// caller's (no "my …", no reference) and asks for something is new business ("i need a compact for
// two months from next wednesday"), not a change to a booking it never mentions.
import type { Analysis } from '../analysis/analysis.js';
import type { ToolInfo } from '../tool_catalog.js';
import { OWN_RECORD_WORDS, WANT_CUES } from '../lexicon/index.js';

const isDesk = (t: ToolInfo) => t.kind === 'handoff' || t.kind === 'call';
const work = (desk: ToolInfo) => (desk.later ?? []).filter((l) => l.kind === 'business');
const takesRecord = (t: ToolInfo) => t.params.some((p) => p.kind === 'identifier');

/** Whether all a desk's work is on records already made (each tool takes an id). */
function onRecordsOnly(desk: ToolInfo): boolean {
  const tools = work(desk);
  return tools.length > 0 && tools.every(takesRecord);
}

/** Whether a desk also does work that needs no record (a quote, a new booking). */
function startsNew(desk: ToolInfo): boolean {
  return work(desk).some((t) => !takesRecord(t));
}

/** Of two close desks, the one that starts new business, for a request naming no record of the caller's. */
export function newOverRecordDesk(a: Analysis, x: ToolInfo, y: ToolInfo): ToolInfo | undefined {
  if (!isDesk(x) || !isDesk(y)) return undefined;
  if (!WANT_CUES.test(a.text) || OWN_RECORD_WORDS.test(a.text) || /\d{3,}/.test(a.u.norm)) return undefined;
  if (onRecordsOnly(x) && startsNew(y) && !onRecordsOnly(y)) return y;
  if (onRecordsOnly(y) && startsNew(x) && !onRecordsOnly(x)) return x;
  return undefined;
}
