// Dates and times said by the caller as argument values: pieces said over several turns merged, and
// written in the form the argument asks for (a calendar day, a clock time, an instant or the words).
import type { ParamSpec } from './param_spec.js';
import type { FoundDateTime } from './slots/index.js';

const two = (n: number) => String(n).padStart(2, '0');

/**
 * Dates and times are read in the process's local time zone (chrono builds local dates), so a
 * date-only or time-only value is the local calendar day or clock time the caller said; cutting
 * it from the UTC instant would give the wrong day for late-evening times west of UTC. Only a
 * full date-time is an instant, sent as UTC ISO 8601.
 */
export function dateValue(p: ParamSpec, d: FoundDateTime): string {
  const t = d.date;
  if (p.kind === 'date' || p.format === 'date')
    return `${t.getFullYear()}-${two(t.getMonth() + 1)}-${two(t.getDate())}`;
  if (p.kind === 'time' || p.format === 'time') return `${two(t.getHours())}:${two(t.getMinutes())}`;
  return t.toISOString();
}

/** Combine date/time pieces said over several turns ("Friday" … "at 3") into one value. */
export function mergeDate(prev: FoundDateTime | undefined, cur: FoundDateTime): FoundDateTime {
  if (!prev || (cur.hasDay && cur.hasTime)) return cur;
  const date = new Date(cur.date);
  if (cur.hasTime && !cur.hasDay && prev.hasDay) {
    date.setFullYear(prev.date.getFullYear(), prev.date.getMonth(), prev.date.getDate());
    return { ...cur, date, iso: date.toISOString(), hasDay: true, text: `${prev.text} ${cur.text}` };
  }
  if (cur.hasDay && !cur.hasTime && prev.hasTime) {
    date.setHours(prev.date.getHours(), prev.date.getMinutes(), 0, 0);
    return { ...cur, date, iso: date.toISOString(), hasTime: true, text: `${cur.text} ${prev.text}` };
  }
  return cur;
}

/** Is a date/time piece enough for this argument? */
export function dateComplete(p: ParamSpec, d: FoundDateTime): boolean {
  if (p.kind === 'date') return d.hasDay;
  if (p.kind === 'time') return d.hasTime;
  return d.hasTime;
}

// A part of the day said ("7am", "in the evening"): the caller chose the half of the day.
const MERIDIEM_SAID = /\d\s?[ap]\.?m\b|\b(?:[ap]\.?m|morning|afternoon|evening|night|tonight|noon|midday|midnight)\b/i;

export function dateToValue(p: ParamSpec, d: FoundDateTime): string {
  // A clock time "as said" ("seven"): 7:00, with AM or PM only when the caller said which.
  if (p.verbatim && p.kind === 'time') {
    const h = d.date.getHours();
    const clock = `${h % 12 || 12}:${two(d.date.getMinutes())}`;
    return MERIDIEM_SAID.test(d.text) || h === 0 || h === 12 ? `${clock} ${h < 12 ? 'AM' : 'PM'}` : clock;
  }
  // "When to call, in the caller's words": pass what was said, the tool reads it in its own time zone.
  if (p.verbatim) return d.text.replace(/^(?:on|for|by|at)\s+/i, '');
  return dateValue(p, d);
}
