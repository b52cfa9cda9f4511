// Dates and times via chrono-node, read forward from now, with business-hours defaults.
import * as chrono from 'chrono-node';
import { NIGHTS_AS_DAYS } from '../lexicon/time_words.js';
import { type Utterance, memo, withoutGreetingTimes } from './utterance.js';
import { daysOfMonthWritten } from './day_of_month.js';

export interface FoundDateTime {
  /** ISO 8601 (UTC) instant. */
  iso: string;
  date: Date;
  hasDay: boolean;
  hasTime: boolean;
  index: number;
  text: string;
  /** A period rather than a day ("the summer of 2019", "July 2019"), read as a day in it: never a birth date. */
  approximate?: boolean;
  /** The last day of a range said as one ("Friday to Monday"): `date` is its first. */
  until?: Date;
}

// A season of a year: the middle of it stands for the day of something that happened then.
const SEASON = /\b(?:(early|late|mid)[- ]?)?(spring|summer|fall|autumn|winter)\s+(?:of\s+)?((?:19|20)\d{2})\b/i;
// The month each season starts in (winter: the December before the year named).
const SEASON_MONTH: Record<string, number> = { spring: 2, summer: 5, fall: 8, autumn: 8, winter: -1 };

/** "the summer of 2019", "late autumn 2021": a day in the middle (or early/late part) of that season. */
function seasonDay(text: string): FoundDateTime | undefined {
  const m = SEASON.exec(text);
  if (!m) return undefined;
  const shift = m[1]?.toLowerCase() === 'early' ? 0 : m[1]?.toLowerCase() === 'late' ? 2 : 1;
  const date = new Date(Number(m[3]), SEASON_MONTH[m[2]!.toLowerCase()]! + shift, 15, 12);
  return { iso: date.toISOString(), date, hasDay: true, hasTime: false, index: m.index, text: m[0], approximate: true };
}

/** Dates and times via chrono, read forward from `now`, with business-hours defaults. */
// Words without which there is no date or time to find (chrono is the slowest extractor).
const TIME_HINT =
  /\d|\b(?:today|tomorrow|tonight|yesterday|morning|afternoon|evening|night|ago|noon|midday|midnight|mon|tues?|wed|thu(?:rs)?|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next|week|weekend|month|hours?|minutes?|am|pm|o'clock|now|later|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)\b/i;

// Digit runs that are dates, not phone numbers: "1984-07-12", "12.07.1984", "(July) 12 1984".
const DATE_SHAPED = /^(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[.-]\d{1,2}[.-]\d{2,4}|\d{1,2},?\s+(?:1[89]|20)\d{2})$/;

/**
 * How numeric dates are read. Month first ("12/07/1984" is December 7) is chrono's English default
 * and the US English the apps speak; `day-first` reads it as 12 July.
 */
export type DateOrder = 'month-first' | 'day-first';

/**
 * Which way a date without a year or week points: 'forward' for something to arrange ("Friday" is
 * the coming Friday), 'past' for something that happened ("Sunday night" is the last Sunday,
 * "this morning" is today's).
 */
export type DateDirection = 'forward' | 'past';

// "around", "about", "say" just before a clock time ("6 pm", "6:30", "6 o'clock", "ten in the
// morning"); or before a bare hour right after a day ("tomorrow around ten", "tomorrow morning around
// eleven": the part of day only narrows the hour), unless a unit or a
// count's noun follows ("friday about 3 people").
const HEDGE = String.raw`(?:at\s+)?(?:around|about|approximately|roughly|say|maybe|sometime around)\s+`;
const APPROXIMATE_CLOCK = new RegExp(
  String.raw`\b${HEDGE}(?=\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|o'clock|in the (?:morning|afternoon|evening)|at night)(?![a-z]))`,
  'gi',
);
// The hour ends the line or is followed by words that are no count's noun ("…around ten if that works").
const HEDGED_HOUR_AFTER_DAY = new RegExp(
  String.raw`(\b(?:today|tomorrow|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?:\s+(?:morning|afternoon|evening|after (?:lunch|work|school)))?),?\s+${HEDGE}(?=\d{1,2}(?::\d{2})?(?:\s*(?:$|[,.;!?])|\s+(?:or so|if|to|and|please|would|works?|is|for|so|then|that)\b))`,
  'gi',
);

// Relative days chrono leaves "uncertain" although they name one day.
const NAMED_DAY =
  /\b(?:today|tomorrow|tonight|yesterday|last night|this (?:morning|afternoon|evening)|day before yesterday|(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|a couple of|a few) (?:days?|weeks?) ago|in \d+ days?|next week)\b/i;

// Words that name today whatever the hour ("this morning" at 7 pm is still today's).
const TODAY_NAMED = /\b(?:today|this (?:morning|afternoon|evening))\b/i;

const FAREWELL_NOW =
  /\b(?:(?:good)?bye|cheers|thanks|thank you|ta)(?:\s+for)?\s+now\b|\b(?:all|it|everything|done)\s+for\s+now\b/gi;

function findDateTimesUncached(u: Utterance, now: Date, order: DateOrder, direction: DateDirection): FoundDateTime[] {
  // Long digit runs (phone numbers, ids) are never dates, and chrono is slow on them (~90 ms).
  const read = withoutGreetingTimes(u.norm)
    .replace(/\+?\d[\d\s().-]{4,}\d/g, (m) => (DATE_SHAPED.test(m) ? m : ' '.repeat(m.length)))
    .replace(/[A-Za-z]+-\d+/g, (m) => ' '.repeat(m.length))
    // "bye now", "that's all for now": taking leave, no time asked for.
    .replace(FAREWELL_NOW, (m) => ' '.repeat(m.length))
    // "February 3rd, '79": the year's apostrophe hides it from the parser.
    .replace(/(\d(?:st|nd|rd|th)?,?\s+)'(\d{2})\b/gi, '$1 $2')
    // "02/03/1979, February third": a written date, then said again; a comma would join the year to the month.
    .replace(/(\b\d{1,2}\/\d{1,2}\/\d{2,4}),/g, '$1;')
    // "tomorrow around six pm": a hedge before a clock time would part the time from its day.
    .replace(APPROXIMATE_CLOCK, 'at ')
    .replace(HEDGED_HOUR_AFTER_DAY, '$1 at ');
  const text = daysOfMonthWritten(
    NIGHTS_AS_DAYS.reduce((t, [said, day]) => t.replace(said, day), read),
    now,
  );
  if (!TIME_HINT.test(text)) return [];
  const parser = order === 'day-first' ? chrono.en.GB : chrono;
  const past = direction === 'past';
  const results = parser.parse(text, now, { forwardDate: !past });
  const out: FoundDateTime[] = [];
  for (const r of results) {
    // "it drops every few minutes", "every two hours": how often, not a time.
    if (/\bevery\s+$/i.test(text.slice(0, r.index))) continue;
    const c = r.start;
    const date = c.date();
    const hasDay = c.isCertain('day') || c.isCertain('weekday') || NAMED_DAY.test(r.text);
    const partOfDay = /\b(?:morning|afternoon|evening|tonight|noon|lunch)\b/i.test(r.text);
    let hasTime = c.isCertain('hour') || partOfDay || /\bin (?:an?|\d+) (?:hours?|minutes?)\b/i.test(r.text);
    if (c.isCertain('hour') && !c.isCertain('meridiem')) {
      // "at 3" on a support line means 3 pm, not 3 am.
      const h = date.getHours();
      if (h >= 1 && h <= 7) date.setHours(h + 12);
    } else if (!c.isCertain('hour') && /\bmorning\b/i.test(r.text)) {
      date.setHours(9, 0, 0, 0);
    }
    if (!hasDay && !hasTime) hasTime = false;
    // "this morning" said in the evening is today's morning, gone by: looking forward moves it to tomorrow.
    if (TODAY_NAMED.test(r.text) && !c.isCertain('day') && date.toDateString() !== now.toDateString())
      date.setFullYear(now.getFullYear(), now.getMonth(), now.getDate());
    // A time already past today means the next day; for what happened, a weekday still ahead
    // this week means last week's ("it started Sunday night", said on a Wednesday).
    if (!past && hasTime && !hasDay && date.getTime() < now.getTime()) date.setDate(date.getDate() + 1);
    if (past && date.getTime() > now.getTime() && !c.isCertain('month') && !c.isCertain('year')) {
      if (c.isCertain('weekday') && !c.isCertain('day')) date.setDate(date.getDate() - 7);
    }
    // Something that happened "in July 2019": the caller gave what they know, the middle of that month.
    if (past && !hasDay && !hasTime && c.isCertain('month') && c.isCertain('year')) {
      date.setDate(15);
      out.push({
        iso: date.toISOString(),
        date,
        hasDay: true,
        hasTime,
        index: r.index,
        text: r.text,
        approximate: true,
      });
      continue;
    }
    const end = r.end && (r.end.isCertain('day') || r.end.isCertain('weekday')) ? r.end.date() : undefined;
    out.push({
      iso: date.toISOString(),
      date,
      hasDay,
      hasTime,
      index: r.index,
      text: r.text,
      ...(end && { until: end }),
    });
  }
  if (past && !out.some((d) => d.hasDay)) {
    const season = seasonDay(text);
    if (season) out.push(season);
  }
  return past ? out : inNextWeek(lengthFromDay(out, text, now), now);
}

// "a week from today", "two weeks from Friday": chrono reads the length and the day apart (the length
// counted from now), the words between them only "from" or "after".
const LENGTH_THEN_FROM =
  /^(?:(?:about|around|say|like|just)\s+)?(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+|a couple of)\s+(?:days?|weeks?)$/i;

/** A length said from a day ("a week from today") as the one day it names: that day plus the length. */
function lengthFromDay(found: FoundDateTime[], text: string, now: Date): FoundDateTime[] {
  const out: FoundDateTime[] = [];
  for (let i = 0; i < found.length; i++) {
    const len = found[i]!;
    const day = found[i + 1];
    const between = day ? text.slice(len.index + len.text.length, day.index) : '';
    if (!day || !day.hasDay || !LENGTH_THEN_FROM.test(len.text.trim()) || !/^\s+(?:from|after)\s+$/i.test(between)) {
      out.push(len);
      continue;
    }
    // Chrono counted the length from now: the same count from the day named.
    const today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
    const counted = new Date(len.date.getFullYear(), len.date.getMonth(), len.date.getDate());
    const shift = Math.round((counted.getTime() - today.getTime()) / 86_400_000);
    const date = new Date(day.date);
    date.setDate(date.getDate() + shift);
    // Written as the calendar day: a tool that reads the caller's words could not count it.
    const two = (n: number) => String(n).padStart(2, '0');
    const said = `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
    out.push({ ...day, date, iso: date.toISOString(), index: len.index, text: said, until: undefined });
    i++;
  }
  return out;
}

const WEEKDAY = /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b/i;

/**
 * "Thursday afternoon next week", "next week, Tuesday": the weekday in the week after this one,
 * said apart from "next week" (chrono reads the two alone: this week's Thursday, and a week today).
 */
function inNextWeek(found: FoundDateTime[], now: Date): FoundDateTime[] {
  const week = found.find((d) => /^(?:the\s+)?next week$/i.test(d.text.trim()));
  const days = found.filter((d) => d !== week && d.hasDay && WEEKDAY.test(d.text) && !/\bnext\b/i.test(d.text));
  if (!week || days.length !== 1) return found;
  const monday = new Date(now.getFullYear(), now.getMonth(), now.getDate() + ((8 - now.getDay()) % 7 || 7));
  const day = days[0]!;
  const date = new Date(day.date);
  while (date < monday) date.setDate(date.getDate() + 7);
  const moved = { ...day, date, iso: date.toISOString(), text: `${day.text} ${week.text}` };
  return found.filter((d) => d !== week).map((d) => (d === day ? moved : d));
}

// "now", "right now", "at the moment": the present, said in passing ("if nobody's free now").
const BARE_NOW = /^(?:right\s+)?now$|^at the moment$/i;

/**
 * The time a caller asks for when several are said in one breath: the one that names most (a day
 * and an hour over either alone); a passing "now" only when nothing else was said. Ties keep the
 * first said.
 */
export function mostSpecific<T extends FoundDateTime>(found: readonly T[]): T | undefined {
  const weight = (f: FoundDateTime) => (BARE_NOW.test(f.text.trim()) ? -1 : Number(f.hasDay) + Number(f.hasTime));
  let best: T | undefined;
  for (const f of found) if (!best || weight(f) > weight(best)) best = f;
  return best;
}

export function findDateTimes(
  u: Utterance,
  now: Date,
  order: DateOrder = 'month-first',
  direction: DateDirection = 'forward',
): FoundDateTime[] {
  return memo(u, `dates:${now.getTime()}:${order}:${direction}`, () => findDateTimesUncached(u, now, order, direction));
}
