// Days and clock times as callers say them and models pass them on: "tomorrow", "next Friday",
// "the 14th", "March fourteenth", "2026-03-14"; "3 pm", "half past four", "noon". Every app that
// books, moves or schedules needs this in its tools, so it lives here once (chrono-node does the
// general reading; the few shapes it misses are read first).
import * as chrono from 'chrono-node';

import { DAY_ORDINALS, TEENS, UNITS } from './number_words.js';
import { calendarDay } from './dates.js';

export interface SpokenDayOptions {
  /** The moment "today" is counted from (default: now). */
  now?: Date;
  /** The business's IANA time zone ("America/New_York"); default: the machine's. */
  timeZone?: string;
}

const DAY_MS = 86_400_000;

const ORDINAL_WORD = Object.keys(DAY_ORDINALS)
  .sort((a, b) => b.length - a.length)
  .join('|');
// "the 14th", "on the fourteenth", "the 3rd" — a day of the month with no month said.
const DAY_OF_MONTH = new RegExp(`\\bthe (?:(\\d{1,2})(?:st|nd|rd|th)?|(${ORDINAL_WORD}))\\b`);
const MONTH_NAME =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/;
// A bare "now" ("bye now", "right now") is a moment, not a day somebody asked for.
const BARE_NOW = /^(?:right )?now$/;

interface Ymd {
  y: number;
  m: number;
  d: number;
}

const ymdOf = (iso: string): Ymd => {
  const [y, m, d] = iso.split('-').map(Number);
  return { y: y!, m: m!, d: d! };
};
const isoOf = ({ y, m, d }: Ymd) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
/** Day arithmetic on calendar days (UTC noon, so no daylight-saving edge moves a day). */
const plusDays = (day: Ymd, n: number): Ymd => {
  const at = new Date(Date.UTC(day.y, day.m - 1, day.d, 12) + n * DAY_MS);
  return { y: at.getUTCFullYear(), m: at.getUTCMonth() + 1, d: at.getUTCDate() };
};

/** Minutes east of UTC of `timeZone` at `at` ("GMT-05:00" → -300); the machine's offset without a zone. */
export function zoneOffsetMinutes(at: Date, timeZone?: string): number {
  if (!timeZone) return -at.getTimezoneOffset();
  const name =
    new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0)) : 0;
}

/** The next day numbered `n` on or after today (skipping months too short for it). */
function nextDayOfMonth(today: Ymd, n: number): Ymd | undefined {
  if (n < 1 || n > 31) return undefined;
  for (let ahead = 0; ahead < 12; ahead++) {
    const month = ((today.m - 1 + ahead) % 12) + 1;
    const year = today.y + Math.floor((today.m - 1 + ahead) / 12);
    const candidate = new Date(Date.UTC(year, month - 1, n));
    if (candidate.getUTCMonth() !== month - 1) continue;
    if (ahead === 0 && n < today.d) continue;
    return { y: year, m: month, d: n };
  }
  return undefined;
}

/**
 * The calendar day ("YYYY-MM-DD") a caller or a model means: ISO days and timestamps, "today",
 * "tomorrow", "the day after tomorrow", weekdays ("Friday", "next Friday"), "in 3 days", "a week
 * from today", "March 14", "the 14th", "the fourteenth", "12/9". Days without a year are the next
 * such day. Undefined when no day is said (a bare "now" is not a day).
 */
export function parseSpokenDay(said: string, options: SpokenDayOptions = {}): string | undefined {
  const now = options.now ?? new Date();
  const text = said.trim().toLowerCase();
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (iso) {
    // A timestamp with a zone is an instant: its day where the business is.
    if (/t\d{2}:\d{2}.*(?:z|[+-]\d{2}:?\d{2})$/.test(text)) return calendarDay(new Date(said.trim()), options.timeZone);
    return `${iso[1]}-${iso[2]}-${iso[3]}`;
  }
  const today = ymdOf(calendarDay(now, options.timeZone));
  if (/\bday after tomorrow\b/.test(text)) return isoOf(plusDays(today, 2));
  const ofMonth = MONTH_NAME.test(text) ? null : DAY_OF_MONTH.exec(text);
  if (ofMonth) {
    const n = ofMonth[1] ? Number(ofMonth[1]) : DAY_ORDINALS[ofMonth[2]!];
    const day = n === undefined ? undefined : nextDayOfMonth(today, n);
    if (day) return isoOf(day);
  }
  const reference = { instant: now, timezone: zoneOffsetMinutes(now, options.timeZone) };
  const found = chrono.parse(text, reference, { forwardDate: true }).filter((r) => !BARE_NOW.test(r.text.trim()));
  const first = found[0];
  if (!first) return undefined;
  return isoOf({ y: first.start.get('year')!, m: first.start.get('month')!, d: first.start.get('day')! });
}

// "one" to "twelve": the hours of a clock face.
const HOUR_WORDS: Readonly<Record<string, number>> = Object.fromEntries(
  Object.entries({ ...UNITS, ...TEENS }).filter(([, n]) => n >= 1 && n <= 12),
);
const MINUTE_WORDS: Readonly<Record<string, number>> = { fifteen: 15, thirty: 30, 'forty five': 45, 'forty-five': 45 };
const HOUR = `(\\d{1,2}|${Object.keys(HOUR_WORDS).join('|')})`;

export interface ClockTime {
  /** 0–23. */
  hour: number;
  minute: number;
  /** False when the caller gave no am/pm and the hour could be either ("at 3"): callers' business hours decide. */
  certain: boolean;
}

const hourOf = (w: string) => HOUR_WORDS[w] ?? Number(w);
// "pm", "p.m.", "p m" right after the time ("3pm", "three thirty p m").
const MERIDIEM = /^ ?(?:o'? ?clock )?([ap])\.? ?m\b\.?/;
// "in the evening", "tomorrow night", "this afternoon": the half of the day, said anywhere.
const PART_OF_DAY = /\b(morning|afternoon|evening|night|tonight)\b/;

/**
 * The clock time said: "3 pm", "3:30", "15:30", "three thirty pm", "half past four", "quarter to
 * five", "noon", "midnight", "10 in the morning", "7 o'clock". An hour without am/pm (and no
 * "morning"/"evening") is returned as said with `certain: false`: read it against opening hours.
 */
export function parseSpokenTime(said: string): ClockTime | undefined {
  const text = said.trim().toLowerCase().replace(/\s+/g, ' ');
  if (/\bnoon\b|\bmidday\b/.test(text)) return { hour: 12, minute: 0, certain: true };
  if (/\bmidnight\b/.test(text)) return { hour: 0, minute: 0, certain: true };
  let hour: number | undefined;
  let minute = 0;
  const iso = /\d{4}-\d{2}-\d{2}[t ](\d{2}):(\d{2})/.exec(text);
  const past = new RegExp(`\\b(half|quarter|\\d{1,2}|twenty|ten|five) (?:minutes )?past ${HOUR}\\b`).exec(text);
  const to = new RegExp(`\\b(quarter|\\d{1,2}|twenty|ten|five) (?:minutes )?(?:to|till|til) ${HOUR}\\b`).exec(text);
  const clock = new RegExp(
    `\\b${HOUR}(?::(\\d{2})| (${Object.keys(MINUTE_WORDS).join('|')}|o'? ?clock))?(?=[ap]\\.? ?m\\b|[ ,.!?]|$)`,
  ).exec(text);
  const amount = (w: string) => ({ half: 30, quarter: 15, twenty: 20, ten: 10, five: 5 })[w] ?? Number(w);
  let after = '';
  if (iso) {
    return { hour: Number(iso[1]), minute: Number(iso[2]), certain: true };
  } else if (past) {
    hour = hourOf(past[2]!);
    minute = amount(past[1]!);
    after = text.slice(past.index + past[0].length);
  } else if (to) {
    hour = (hourOf(to[2]!) + 11) % 12 || 12;
    minute = 60 - amount(to[1]!);
    after = text.slice(to.index + to[0].length);
  } else if (clock) {
    after = text.slice(clock.index + clock[0].length);
    // A lone number is a time only when something says so ("at 3", "3 pm", "3:30", "three thirty").
    const saidAsTime =
      clock[2] ||
      clock[3] ||
      MERIDIEM.test(after) ||
      /^ (?:in the (?:morning|afternoon|evening)|at night|tonight)\b/.test(after) ||
      /\b(?:at|around|about|by) $/.test(text.slice(0, clock.index));
    if (!saidAsTime) return undefined;
    hour = hourOf(clock[1]!);
    minute = clock[2] ? Number(clock[2]) : clock[3] && !/clock/.test(clock[3]) ? MINUTE_WORDS[clock[3]]! : 0;
  }
  if (hour === undefined || hour > 23 || minute > 59) return undefined;
  if (hour > 12) return { hour, minute, certain: true };
  const meridiem = MERIDIEM.exec(after)?.[1];
  const part = PART_OF_DAY.exec(text)?.[1];
  if (meridiem === 'p' || (!meridiem && part && part !== 'morning')) {
    return { hour: hour === 12 ? 12 : hour + 12, minute, certain: true };
  }
  if (meridiem === 'a' || part === 'morning') return { hour: hour === 12 ? 0 : hour, minute, certain: true };
  return { hour, minute, certain: false };
}
