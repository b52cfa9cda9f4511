// Spans of time said with their unit ("in two years", "a year from now", "six weeks", "half an
// hour"), and the same span in the unit an argument counts in ("How many months from now" → 24
// for "two years"). Only exact conversions: a caller's "six weeks" is no whole number of months.
import { TENS, UNITS } from '../../spoken/number_words.js';
import { WORD_VALUES } from './number.js';
import { type Found, type Utterance, memo } from './utterance.js';

export type TimeUnit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

const UNIT = '(minute|min|hour|hr|day|night|week|wk|fortnight|month|year|yr)s?';
const IN_MINUTES: Record<TimeUnit, number> = {
  minute: 1,
  hour: 60,
  day: 60 * 24,
  week: 60 * 24 * 7,
  month: -1, // calendar months convert only to and from years
  year: -12,
};
const WORD_VALUE: Record<string, number> = {
  a: 1,
  an: 1,
  ...WORD_VALUES,
  couple: 2,
  'a couple of': 2,
  'couple of': 2,
  'a few': 3,
  'half a': 0.5,
  'half an': 0.5,
};
const AMOUNT = `(\\d+(?:\\.\\d+)?|half an?|a couple of|couple of|a few|(?:${Object.keys(TENS).join('|')})[\\s-]+(?:${Object.keys(
  UNITS,
)
  .filter((w) => w !== 'o' && w !== 'oh' && w !== 'zero')
  .join('|')})|${Object.keys(WORD_VALUE)
  .filter((w) => !w.includes(' '))
  .join('|')})`;
const DURATION = new RegExp(`\\b${AMOUNT}[\\s-]+${UNIT}\\b(?:\\s+and\\s+a\\s+half\\b)?`, 'gi');

function unitNamed(word: string): TimeUnit | undefined {
  const w = word.toLowerCase();
  if (w.startsWith('min')) return 'minute';
  if (w.startsWith('h')) return 'hour';
  // A stay of three nights is three days from the day it starts.
  if (w.startsWith('d') || w.startsWith('night')) return 'day';
  if (w.startsWith('fortnight')) return 'week';
  if (w.startsWith('w')) return 'week';
  if (w.startsWith('mo')) return 'month';
  if (w.startsWith('y')) return 'year';
  return undefined;
}

function amountOf(said: string): number | undefined {
  const s = said.toLowerCase().replace(/-/g, ' ').replace(/\s+/g, ' ');
  if (/^\d/.test(s)) return Number(s);
  if (s in WORD_VALUE) return WORD_VALUE[s];
  const [tens, unit] = s.split(' ');
  return tens && unit && tens in TENS && unit in UNITS ? TENS[tens]! + UNITS[unit]! : undefined;
}

export interface Duration {
  amount: number;
  unit: TimeUnit;
}

function findDurationsUncached(u: Utterance): Found<Duration>[] {
  const out: Found<Duration>[] = [];
  for (const m of u.norm.matchAll(DURATION)) {
    const unit = unitNamed(m[2]!);
    let amount = amountOf(m[1]!);
    if (!unit || amount === undefined) continue;
    if (/fortnight/i.test(m[2]!)) amount *= 2;
    if (/and a half$/i.test(m[0])) amount += 0.5;
    out.push({ value: { amount, unit }, index: m.index });
  }
  return out;
}

/** Spans of time said with a unit, in the order said. */
export function findDurations(u: Utterance): Found<Duration>[] {
  return memo(u, 'durations', () => findDurationsUncached(u));
}

/** The unit an argument counts in, from its name, label or description ("How many months from now"). */
export function unitOfArgument(text: string): TimeUnit | undefined {
  const m = /\b(minutes?|hours?|days?|weeks?|months?|years?)\b/i.exec(text);
  return m ? unitNamed(m[1]!) : undefined;
}

/** `d` in `unit` when that is exact (two years → 24 months, 90 minutes → 1.5 hours), else undefined. */
export function inUnit(d: Duration, unit: TimeUnit): number | undefined {
  if (d.unit === unit) return d.amount;
  const from = IN_MINUTES[d.unit];
  const to = IN_MINUTES[unit];
  // Months and years convert only between themselves (a month is no fixed number of days).
  if (from < 0 || to < 0) return from < 0 && to < 0 ? (d.amount * from) / to : undefined;
  return (d.amount * from) / to;
}

// How often a repeating thing happens, by the word for it ("monthly" payments, "weekly" lessons).
const PERIODS: Record<string, Duration> = {
  daily: { amount: 1, unit: 'day' },
  nightly: { amount: 1, unit: 'day' },
  weekly: { amount: 1, unit: 'week' },
  fortnightly: { amount: 2, unit: 'week' },
  biweekly: { amount: 2, unit: 'week' },
  monthly: { amount: 1, unit: 'month' },
  quarterly: { amount: 3, unit: 'month' },
  yearly: { amount: 1, unit: 'year' },
  annually: { amount: 1, unit: 'year' },
  annual: { amount: 1, unit: 'year' },
};

/** The period a word like "monthly" or "every_two_weeks" names, if it names one. */
export function periodNamed(word: string): Duration | undefined {
  return PERIODS[word.toLowerCase().replace(/[_-]+/g, '')];
}

/**
 * How many times something repeating every `period` happens over the span said ("monthly, over
 * six months" → 6; "fortnightly for twelve weeks" → 6), when that is a whole number.
 */
export function timesOver(u: Utterance, period: Duration): number | undefined {
  for (const f of findDurations(u)) {
    // "over six months", "for twelve weeks", "across a year": the span the repeats fill.
    if (!/\b(?:over|for|across|spread over)\s+(?:the\s+next\s+|a\s+period\s+of\s+)?$/i.test(u.norm.slice(0, f.index)))
      continue;
    const span = inUnit(f.value, period.unit);
    const times = span === undefined ? undefined : span / period.amount;
    if (times !== undefined && Number.isInteger(times) && times >= 1) return times;
  }
  return undefined;
}

/** A count of repeats ("monthly … over six months" → 6): a period the line chose for an enum argument, and the span. */
export function repeatsSaid(
  params: readonly { name: string; kind: string }[],
  values: Record<string, unknown>,
  u: Utterance,
): number | undefined {
  for (const q of params) {
    const v = values[q.name];
    const period = q.kind === 'enum' && typeof v === 'string' ? periodNamed(v) : undefined;
    const times = period ? timesOver(u, period) : undefined;
    if (times !== undefined) return times;
  }
  return undefined;
}
