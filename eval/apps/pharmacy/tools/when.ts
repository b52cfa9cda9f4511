// Days, times and birth dates the way callers say them: "tomorrow", "Friday", "March 14",
// "3 pm", "half past four", "April 12 1948", "4/12/1948".
import { OPENING_HOURS, dayKey } from '../api/pharmacy_data.js';
import { dateOf } from '../api/pharmacy_store.js';

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

const addDays = (d: Date, n: number) => new Date(d.getFullYear(), d.getMonth(), d.getDate() + n);

function monthIndex(text: string): number {
  return MONTHS.findIndex((m) => new RegExp(`\\b(?:${m}|${m.slice(0, 3)}\\.?)(?![a-z])`).test(text));
}

/** A coming day "YYYY-MM-DD" ("today", "tomorrow", "Friday", "March 14"), or undefined. */
export function parseDay(said: string, now: Date): string | undefined {
  const text = said.trim().toLowerCase();
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  if (/\btoday\b|\btonight\b|\bthis (?:morning|afternoon|evening)\b/.test(text)) return dayKey(today);
  if (/\bday after tomorrow\b/.test(text)) return dayKey(addDays(today, 2));
  if (/\btomorrow\b/.test(text)) return dayKey(addDays(today, 1));
  const month = monthIndex(text);
  const dayNum = /\b(\d{1,2})(?:st|nd|rd|th)?\b/.exec(text);
  if (month >= 0 && dayNum) {
    let at = new Date(today.getFullYear(), month, Number(dayNum[1]));
    if (at < today) at = new Date(today.getFullYear() + 1, month, Number(dayNum[1]));
    return at.getMonth() === month ? dayKey(at) : undefined;
  }
  const weekday = WEEKDAYS.findIndex((w) => text.includes(w));
  if (weekday >= 0) return dayKey(addDays(today, (weekday - today.getDay() + 7) % 7 || 7));
  return undefined;
}

/** A time of day "HH:MM" ("3 pm", "15:30", "noon", "half past four"), or undefined. Bare 1 to 7 are afternoon. */
export function parseTime(said: string): string | undefined {
  const text = said.trim().toLowerCase();
  if (/\bnoon\b|\bmidday\b/.test(text)) return '12:00';
  const half = /\bhalf past (\d{1,2})\b/.exec(text);
  const m = half ? undefined : /\b(\d{1,2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?/.exec(text);
  if (!half && !m) return undefined;
  let hour = Number(half ? half[1] : m![1]);
  const minute = half ? 30 : Number(m![2] ?? 0);
  const suffix = half ? undefined : m![3];
  if (hour > 23 || minute > 59) return undefined;
  if (suffix?.startsWith('p') && hour < 12) hour += 12;
  else if (suffix?.startsWith('a') && hour === 12) hour = 0;
  else if (!suffix && hour >= 1 && hour <= 7) hour += 12;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** A date of birth "YYYY-MM-DD" ("April 12 1948", "12 April 1948", "4/12/1948", "1948-04-12"), or undefined. */
export function parseBirthDate(said: string): string | undefined {
  const text = said.trim().toLowerCase();
  let y: number, mo: number, d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const us = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const month = monthIndex(text);
  const year = /\b(1[89]\d{2}|20\d{2})\b/.exec(text);
  if (iso) [y, mo, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (us) [y, mo, d] = [Number(us[3]), Number(us[1]), Number(us[2])];
  else if (month >= 0 && year) {
    const day = /\b(\d{1,2})(?:st|nd|rd|th)?\b/.exec(text.replace(year[0], ''));
    if (!day) return undefined;
    [y, mo, d] = [Number(year[1]), month + 1, Number(day[1])];
  } else return undefined;
  const at = new Date(y, mo - 1, d);
  if (at.getFullYear() !== y || at.getMonth() !== mo - 1 || at.getDate() !== d) return undefined;
  return dayKey(at);
}

/** "15:30" → "3:30 PM"; "09:00" → "9 AM". */
export function spokenTime(time: string): string {
  const [h, m] = time.split(':').map(Number);
  const hour12 = h! % 12 === 0 ? 12 : h! % 12;
  return `${hour12}${m ? `:${String(m).padStart(2, '0')}` : ''} ${h! < 12 ? 'AM' : 'PM'}`;
}

const hourWord = (h: number) => spokenTime(`${String(h).padStart(2, '0')}:00`);

/** "8 AM to 8 PM" for that day. */
export function hoursOn(day: string): string {
  const hours = OPENING_HOURS[dateOf(day).getDay()]!;
  return `${hourWord(hours.open)} to ${hourWord(hours.close)}`;
}

/** The opening hours of the week, said in one sentence. */
export function weekHours(): string {
  const weekday = OPENING_HOURS[1]!;
  const sat = OPENING_HOURS[6]!;
  const sun = OPENING_HOURS[0]!;
  return `Monday to Friday ${hourWord(weekday.open)} to ${hourWord(weekday.close)}, Saturday ${hourWord(sat.open)} to ${hourWord(sat.close)}, and Sunday ${hourWord(sun.open)} to ${hourWord(sun.close)}`;
}

/** Whether the store is open on that day at that time ("HH:MM"); closing time itself is closed. */
export function openAt(day: string, time: string): boolean {
  const hours = OPENING_HOURS[dateOf(day).getDay()]!;
  const [h, m] = time.split(':').map(Number);
  const minutes = h! * 60 + m!;
  return minutes >= hours.open * 60 && minutes < hours.close * 60;
}
