// A span of days a tool takes as two dates — pick-up and return, check-in and check-out, start and
// end of leave: "from Friday for four days", "Friday to Monday", "until Sunday". One date said once
// is the start, never both ends; a length after it gives the end.
import type { ParamSpec } from '../param_spec.js';
import type { FoundDateTime } from './date_time.js';
import { findDurations, inUnit } from './duration.js';
import type { Utterance } from './utterance.js';

const START =
  /\b(?:start(?:s|ing)?|begin(?:s|ning)?|from|pick[ -]?up|collect(?:ion)?|check[ -]?in|arriv(?:e|al|ing)|move[ -]?in|first|outbound|since)\b/i;
const END =
  /\b(?:end(?:s|ing)?|until|till|to|return(?:ing)?|drop[ -]?off|check[ -]?out|leav(?:e|ing)|move[ -]?out|back|last|finish(?:ing)?|through)\b/i;
// "Departure" starts a trip (with a return) and ends a stay (after an arrival).
const DEPART = /\bdepart(?:ure|ing)?\b/i;
// Said before a date, the date is when the span ends: "keep it until Sunday", "back on the 9th".
const END_CUE =
  /\b(?:until|till|til|to|through|thru|back (?:on|by)?|return(?:ing)? (?:it )?(?:on|by)?|drop(?:ping)? (?:it )?off (?:on|by)?|(?:check(?:ing)? out|leav(?:e|ing))(?: (?:early|earlier|later|sooner|instead))?,? (?:on)?)\s*$/i;
// "could we move it to the tenth", "push the stay to friday": where the whole span moves, its new
// start, not "to" the end of it (unless the thing moved is the end: "change the return to friday").
const MOVED_TO =
  /\b(?:move|moving|moved|push|pushing|shift|shifting|change|changing|switch|switching|reschedul\w*|postpon\w*|bring|bringing)\b(?:\s+(?:it|them|this|that|everything|(?:the|my|our|this)(?: \w+){1,2}))?(?:\s+(?:back|forward|over|instead))?[?,.!]?\s*(?:(?:like|say|maybe|perhaps|um|uh)[,]?\s+)?to\s*$/i;
const END_THING = /\b(?:return|check[ -]?out|departure|leaving|drop[ -]?off|end|last)\b/i;
// "instead of leaving tomorrow, the day after": the day said as the one replaced is no end of the span.
const REPLACED = /\binstead of (?:\w+ing )?(?:on )?$/i;
// Said after the first date, the second is the end: "Friday to Monday", "from the 3rd till the 7th".
const BETWEEN =
  /^\s*(?:,\s*)?(?:to|till|until|til|through|thru|-|and(?: back| return(?:ing)?)?(?: on)?|returning(?: on)?|back(?: on)?)\s*$/i;

// A length said on its own: "for 4 days", "a week", "two days later" (not "in two days", "two days ago").
// A part of the day said next ("for three days, evening pick up") is the pick-up's time, not a day.
const LENGTH =
  /^(?!in\b)(?:for\s+)?(?:the\s+)?(?:\w+\s+){0,2}(?:days?|nights?|weeks?|fortnights?)(?:\s+(?:later|after))?(?:,?\s+(?:in\s+the\s+)?(?:morning|afternoon|evening))?$/i;

/** "for four days", "two days later": a length, not a day of its own. */
export const isLength = (text: string) => LENGTH.test(text.trim());

const about = (p: ParamSpec) => `${p.name.replace(/_/g, ' ')} ${p.label} ${p.description.split(/[.(]/)[0] ?? ''}`;

/** The start and end arguments of a span, when a tool's date arguments are one. */
export function spanOf(params: readonly ParamSpec[]): { start: ParamSpec; end: ParamSpec } | undefined {
  const days = params.filter((p) => p.kind === 'date' || p.kind === 'datetime');
  if (days.length !== 2) return undefined;
  const role = (p: ParamSpec, other: ParamSpec): 'start' | 'end' | undefined => {
    const text = about(p);
    const start = START.test(text);
    const end = END.test(text);
    if (start !== end) return start ? 'start' : 'end';
    if (DEPART.test(text)) return END.test(about(other)) ? 'start' : 'end';
    return undefined;
  };
  const [a, b] = days as [ParamSpec, ParamSpec];
  const ra = role(a, b);
  const rb = role(b, a);
  if (ra === 'start' && rb === 'end') return { start: a, end: b };
  if (ra === 'end' && rb === 'start') return { start: b, end: a };
  return undefined;
}

function plusDays(d: FoundDateTime, days: number): FoundDateTime {
  const date = new Date(d.date);
  date.setDate(date.getDate() + days);
  return dayOf(d, date);
}

/** `date` as a found calendar day, said alongside `d`. */
function dayOf(d: FoundDateTime, date: Date): FoundDateTime {
  const two = (n: number) => String(n).padStart(2, '0');
  // Written as a calendar day: a tool that reads the caller's words reads this too.
  const text = `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
  return { ...d, date, iso: date.toISOString(), hasTime: false, text, until: undefined };
}

/**
 * The dates of a span said in one utterance: `found` are the utterance's days in the order said.
 * Undefined for an end argument means it was not said (never the start's day again).
 */
export function spanDates(
  u: Utterance,
  found: readonly FoundDateTime[],
  asked?: 'start' | 'end',
): { start?: FoundDateTime; end?: FoundDateTime } | undefined {
  // Chrono reads "for four days" and "two days later" as days counted from today: here they are
  // how long the span lasts.
  const days = found
    .filter((f) => f.hasDay && !LENGTH.test(f.text) && !REPLACED.test(u.norm.slice(0, f.index)))
    .sort((x, y) => x.index - y.index);
  const first = days[0];
  if (!first) return undefined;
  const before = (f: FoundDateTime) => u.norm.slice(0, f.index);
  if (first.until && first.until > first.date) return { start: first, end: dayOf(first, first.until) };
  const second = days.find(
    (f) => f.index > first.index && f.date.getTime() !== first.date.getTime() && f.text !== first.text,
  );
  if (second) {
    const joined = BETWEEN.test(u.norm.slice(first.index + first.text.length, second.index));
    if (joined || second.date > first.date) return { start: first, end: second };
  }
  const moved = MOVED_TO.exec(before(first));
  const movedWhole = asked !== 'end' && moved !== null && !END_THING.test(moved[0]);
  // "until Sunday", or "Sunday" when asked when it ends.
  if ((!movedWhole && END_CUE.test(before(first))) || (asked === 'end' && !START.test(before(first))))
    return { end: first };
  // "from Friday for four days", "Friday, a week": the end is that long after the start ("in three
  // days" is a day itself, not a length).
  const inDate = (i: number) => days.some((f) => i >= f.index && i < f.index + f.text.length);
  const length = findDurations(u).find((d) => !inDate(d.index) && !/^\S+\s+\S+\s+ago\b/i.test(u.norm.slice(d.index)));
  const inDays = length ? inUnit(length.value, 'day') : undefined;
  if (inDays && Number.isInteger(inDays) && inDays > 0) return { start: first, end: plusDays(first, inDays) };
  return { start: first };
}

/**
 * A new length said on its own for a span whose start is already held ("ok, then just three weeks"
 * after a refusal of five): the end that far after that start. Only when no day is said, and only a
 * whole number of days said as a length ("in three days" and "three days ago" are days).
 */
export function endFromLength(
  u: Utterance,
  found: readonly FoundDateTime[],
  start: FoundDateTime,
): FoundDateTime | undefined {
  if (found.some((f) => f.hasDay && !LENGTH.test(f.text.trim()))) return undefined;
  const lengths = findDurations(u).filter(
    (d) => !/^\S+\s+\S+\s+ago\b/i.test(u.norm.slice(d.index)) && !/\bin\s+$/i.test(u.norm.slice(0, d.index)),
  );
  if (lengths.length !== 1) return undefined;
  const inDays = inUnit(lengths[0]!.value, 'day');
  if (!inDays || !Number.isInteger(inDays) || inDays <= 0) return undefined;
  return plusDays({ ...start, index: lengths[0]!.index }, inDays);
}
