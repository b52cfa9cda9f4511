// Reading what callers say: account numbers, postcodes, meter readings, UK phone numbers and days.
import { parseReference } from 'switchboard/spoken';

const pad = (n: number) => String(n).padStart(2, '0');

/** "re 204817", "R E two zero four eight one seven", "204817" → "RE-204817". */
export function readAccountId(said: string): string | undefined {
  return parseReference(said, 'RE-######');
}

/** UK-style postcode, "rv1 4ab" / "R V 1 4 A B" → "RV1 4AB"; undefined when it does not look like one. */
export function readPostcode(said: string): string | undefined {
  const compact = said.toUpperCase().replace(/[^A-Z0-9]/g, '');
  const m = /^([A-Z]{1,2}\d[A-Z\d]?)(\d[A-Z]{2})$/.exec(compact);
  if (m) return `${m[1]} ${m[2]}`;
  // Written normally inside a longer answer: "it's RV1 4AB, thanks".
  const inside = /\b([A-Z]{1,2}\d[A-Z\d]?) ?(\d[A-Z]{2})\b/.exec(said.toUpperCase());
  return inside ? `${inside[1]} ${inside[2]}` : undefined;
}

/** The district of a full postcode or of a district said alone: "RV3 9QT" or "rv3" → "RV3". */
export function readDistrict(said: string): string | undefined {
  const full = readPostcode(said);
  if (full) return full.split(' ')[0];
  const compact = said.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return /^[A-Z]{1,2}\d[A-Z\d]?$/.test(compact) ? compact : undefined;
}

/** A meter reading: the digits said, in figures or words ("four five six two zero"). */
export function readMeterDigits(said: string): string | undefined {
  const figures = said.replace(/[\s,.-]/g, '');
  if (/^\d+$/.test(figures)) return figures;
  for (let length = 8; length >= 3; length--) {
    const found = parseReference(said, '#'.repeat(length));
    if (found) return found;
  }
  return undefined;
}

/** A UK phone number: "07700 900123", "+44 7700 900123" or in words → "07700900123"; undefined when not 11 digits from 0. */
export function readUkPhone(said: string): string | undefined {
  let digits = said.replace(/[^\d+]/g, '');
  if (!/\d{6}/.test(digits)) digits = parseReference(said, '###########') ?? '';
  digits = digits
    .replace(/^\+?44/, '0')
    .replace(/^00?44/, '0')
    .replace(/\D/g, '');
  return /^0\d{10}$/.test(digits) ? digits : undefined;
}

/** "07700900123" → "0 7 7 0 0, 9 0 0 1 2 3" is hard to hear; say it in groups: "07700 900123". */
export function groupedPhone(digits: string): string {
  return `${digits.slice(0, 5)} ${digits.slice(5)}`;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Local date → "YYYY-MM-DD". */
export function dayKey(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** "YYYY-MM-DD" → local Date at midnight. */
export function keyDate(key: string): Date {
  const [y, m, d] = key.split('-').map(Number);
  return new Date(y!, m! - 1, d!);
}

/** Whole days from `now`'s date to `key` (negative in the past). */
export function daysFromToday(key: string, now: Date): number {
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  return Math.round((keyDate(key).getTime() - today.getTime()) / 86_400_000);
}

/**
 * A day as YYYY-MM-DD from "2026-12-14", "today", "tomorrow", "yesterday", "Friday" / "next Friday"
 * (the next one), "last Friday", "in 3 days", "14 December", "December 14th", "the 14th".
 * A day and month without a year is the nearest one; "the 14th" alone is the next 14th.
 */
export function readDay(said: string, now: Date): string | undefined {
  const text = said.trim().toLowerCase();
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  const plus = (n: number) => dayKey(new Date(today.getFullYear(), today.getMonth(), today.getDate() + n));
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  if (/\btoday\b/.test(text)) return plus(0);
  if (/\btomorrow\b/.test(text)) return plus(1);
  if (/\byesterday\b/.test(text)) return plus(-1);
  const inDays = /\bin (\d+) days?\b/.exec(text);
  if (inDays) return plus(Number(inDays[1]));
  if (/\bnext week\b/.test(text)) return plus(7);
  const monthIndex = MONTHS.findIndex((m) => new RegExp(`\\b${m.slice(0, 3)}`).test(text));
  const dayNumber = /\b(\d{1,2})(?:st|nd|rd|th)?\b/.exec(text.replace(/\b\d{4}\b/, ''));
  const year = /\b(\d{4})\b/.exec(text);
  if (dayNumber && (monthIndex >= 0 || /\bthe \d/.test(text))) {
    const day = Number(dayNumber[1]);
    const month = monthIndex >= 0 ? monthIndex : today.getMonth();
    const y = year ? Number(year[1]) : today.getFullYear();
    let candidate = new Date(y, month, day);
    if (candidate.getDate() !== day) return undefined;
    if (!year) {
      const ago = (today.getTime() - candidate.getTime()) / 86_400_000;
      // "the 1st" once it has passed is next month's; "October 1" is the nearest October 1.
      if (monthIndex < 0 && ago > 0) candidate = new Date(y, month + 1, day);
      if (monthIndex >= 0 && ago > 183) candidate = new Date(y + 1, month, day);
    }
    return dayKey(candidate);
  }
  const weekday = WEEKDAYS.findIndex((w) => text.includes(w));
  if (weekday >= 0) {
    if (/\blast\b/.test(text)) {
      const back = (today.getDay() - weekday + 7) % 7 || 7;
      return plus(-back);
    }
    const ahead = (weekday - today.getDay() + 7) % 7 || 7;
    return plus(ahead);
  }
  return undefined;
}

/** "2026-12-14" → "Monday, December 14". */
export function spokenDay(key: string): string {
  return keyDate(key).toLocaleDateString('en-GB', { weekday: 'long', month: 'long', day: 'numeric' });
}
