// Dates and times said as argument values in one utterance: a birth date only for a birth-date
// argument, what happened in the past, and two dates that make a span (pick-up and return).
import { DENIED_BEFORE } from '../lexicon/correction_cues.js';
import { SAID_FROM_TODAY } from '../lexicon/time_words.js';
import { BIRTH_CUE, dateAbout, type ParamSpec } from '../param_spec.js';
import { mergeDate } from '../slot_dates.js';
import { POLICY_THRESHOLDS } from '../thresholds.js';
import { type DateOrder, type FoundDateTime, findDateTimes, mostSpecific } from './date_time.js';
import { endFromLength, isLength, spanDates, spanOf } from './date_range.js';
import { type Utterance, prepareUtterance } from './utterance.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Per date/time argument, the day or time this utterance gives it. */
export function datesSaid(
  u: Utterance,
  dtParams: ParamSpec[],
  expecting: ParamSpec | undefined,
  now: Date,
  dateOrder: DateOrder | undefined,
  held?: Readonly<Record<string, unknown>>,
): Record<string, FoundDateTime> {
  const dates: Record<string, FoundDateTime> = {};
  if (dtParams.length === 0) return dates;
  // A date said as a birth date ("born 3 Feb 1979", "DOB 7/12/1984") fills only a birth-date
  // argument; any other date fills only the others (an incident, an appointment).
  const birth = (d: FoundDateTime) => BIRTH_CUE.test(u.norm.slice(Math.max(0, d.index - 30), d.index));
  const denied = (d: FoundDateTime) => DENIED_BEFORE.test(u.norm.slice(Math.max(0, d.index - 12), d.index));
  for (const p of dtParams) {
    const about = dateAbout(p);
    const wantsBirth = about === 'birth';
    // When something happened is in the past: "Sunday night" is the last Sunday.
    const direction = about === 'arrange' ? 'forward' : 'past';
    // A day years back is a birth date or history said again ("no, april twelfth 1948"), never the
    // day of something to arrange ("which day will you pick it up?").
    const longAgo = (d: FoundDateTime) =>
      direction === 'forward' &&
      d.hasDay &&
      now.getTime() - d.date.getTime() >= POLICY_THRESHOLDS.arrangedDayMaxPastDays * DAY_MS;
    const said = findDateTimes(u, now, dateOrder, direction).filter(
      (d) => (d.hasDay || d.hasTime) && !(wantsBirth && d.approximate) && !longAgo(d),
    );
    // "it wasn't yesterday, the day before yesterday": the day denied is not the one meant.
    const kept = said.filter((d) => !denied(d));
    const found = kept.length > 0 ? kept : said;
    const onlyDate = dtParams.length === 1 || expecting === p;
    const fit = found.filter((f) => birth(f) === wantsBirth);
    // Unasked, a day said from today ("last week", "right now") is something else the caller
    // mentioned, not when they were born; asked for, the answer is taken as said.
    const d =
      mostSpecific(fit) ?? (wantsBirth && onlyDate ? found.find((f) => expecting === p || calendarDay(f)) : undefined);
    // "tomorrow after lunch, say one thirty": a day and an hour said apart in one breath are one time.
    const rest =
      d && direction === 'forward' ? fit.find((f) => f.hasDay !== d.hasDay && f.hasTime !== d.hasTime) : undefined;
    if (d) dates[p.name] = rest ? (d.hasDay ? mergeDate(d, rest) : mergeDate(rest, d)) : d;
  }
  // Two dates that are a span ("pick-up" and "return"): one date said is never both ends.
  const span = spanOf(dtParams);
  // A length alone changes the end of a span already started ("then just three weeks").
  const end = span && !dates[span.start.name] ? lengthChangesEnd(u, dtParams, held, now, dateOrder) : undefined;
  if (span && end) {
    delete dates[span.end.name];
    dates[span.end.name] = end;
  } else if (span && (dates[span.start.name] || dates[span.end.name])) {
    const asked = expecting === span.end ? 'end' : expecting === span.start ? 'start' : undefined;
    const said = spanDates(u, findDateTimes(u, now, dateOrder, 'forward'), asked);
    if (said) {
      delete dates[span.start.name];
      delete dates[span.end.name];
      if (said.start) dates[span.start.name] = said.start;
      if (said.end) dates[span.end.name] = said.end;
    } else {
      // Only a length said ("two days later than planned"): no day for either end.
      for (const p of [span.start, span.end]) if (dates[p.name] && isLength(dates[p.name]!.text)) delete dates[p.name];
    }
  }
  return dates;
}

// A day said by its date (digits, a month's name, an ordinal day), not from today ("last week").
const calendarDay = (d: FoundDateTime) => !SAID_FROM_TODAY.test(d.text);

/** The new end of a span whose start is held, from a length said alone ("ok, then just three weeks"). */
export function lengthChangesEnd(
  u: Utterance,
  params: readonly ParamSpec[],
  held: Readonly<Record<string, unknown>> | undefined,
  now: Date,
  dateOrder: DateOrder | undefined,
): FoundDateTime | undefined {
  const span = spanOf(params);
  const start = span ? heldDay(held?.[span.start.name], now, dateOrder) : undefined;
  return start && endFromLength(u, findDateTimes(u, now, dateOrder, 'forward'), start);
}

/** The day an argument already holds: a calendar day, or the caller's words for one ("next monday"). */
function heldDay(value: unknown, now: Date, dateOrder: DateOrder | undefined): FoundDateTime | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (iso) {
    const date = new Date(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]));
    return { iso: date.toISOString(), date, hasDay: true, hasTime: false, index: 0, text: value.trim() };
  }
  return mostSpecific(findDateTimes(prepareUtterance(value), now, dateOrder, 'forward').filter((d) => d.hasDay));
}
