// Reading days the way callers say them: "tomorrow", "next Friday", "March 14", "the 20th",
// "2025-03-14", and a stay's length: "for 3 nights", "a week".
import { dayKey } from '../api/hotel_data.js';

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
const SMALL: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };

const midnight = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate());
const addDays = (d: Date, n: number) => new Date(d.getFullYear(), d.getMonth(), d.getDate() + n);

/** A local day "YYYY-MM-DD", or undefined when the words are not a day. Days without a year are the next such day. */
export function parseDay(said: string, now: Date): string | undefined {
  const text = said.trim().toLowerCase();
  const today = midnight(now);
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  if (/\btoday\b|\btonight\b/.test(text)) return dayKey(today);
  if (/\bday after tomorrow\b/.test(text)) return dayKey(addDays(today, 2));
  if (/\btomorrow\b/.test(text)) return dayKey(addDays(today, 1));
  const inDays = /\bin (\d{1,3}) days?\b/.exec(text);
  if (inDays) return dayKey(addDays(today, Number(inDays[1])));
  const month = MONTHS.findIndex((m) => new RegExp(`\\b(?:${m}|${m.slice(0, 3)}\\.?)(?![a-z])`).test(text));
  const dayNum = /\b(\d{1,2})(?:st|nd|rd|th)?\b/.exec(text.replace(/\d{4}/, ''));
  if (month >= 0 && dayNum) {
    const year = /\b(20\d{2})\b/.exec(text);
    let at = new Date(year ? Number(year[1]) : today.getFullYear(), month, Number(dayNum[1]));
    if (!year && at < today) at = new Date(today.getFullYear() + 1, month, Number(dayNum[1]));
    return at.getMonth() === month ? dayKey(at) : undefined;
  }
  const weekday = WEEKDAYS.findIndex((w) => text.includes(w));
  if (weekday >= 0) {
    const ahead = (weekday - today.getDay() + 7) % 7 || 7;
    return dayKey(addDays(today, ahead));
  }
  const ordinal = /\bthe (\d{1,2})(?:st|nd|rd|th)\b/.exec(text);
  if (ordinal) {
    let at = new Date(today.getFullYear(), today.getMonth(), Number(ordinal[1]));
    if (at < today) at = new Date(today.getFullYear(), today.getMonth() + 1, Number(ordinal[1]));
    return dayKey(at);
  }
  return undefined;
}

/** A length of stay said anywhere in the words ("for 3 nights", "two nights", "a week"), in nights. */
export function parseNights(said: string): number | undefined {
  const text = said.trim().toLowerCase();
  const length =
    /\b(\d{1,2}|a|an|one|two|three|four|five|six|seven) (night|week)s?\b/.exec(text) ??
    /^(?:for )?(\d{1,2}|a|an|one|two|three|four|five|six|seven) (day)s?$/.exec(text);
  if (!length) return undefined;
  const n = SMALL[length[1]!] ?? Number(length[1]);
  return n * (length[2] === 'week' ? 7 : 1);
}

/** A departure day, or a length of stay ("for 3 nights", "two nights", "a week") counted from check-in. */
export function parseCheckOut(said: string, checkIn: string, now: Date): string | undefined {
  const [y, m, d] = checkIn.split('-').map(Number);
  const nights = parseNights(said);
  if (nights !== undefined) return dayKey(addDays(new Date(y!, m! - 1, d!), nights));
  return parseDay(said, now);
}
