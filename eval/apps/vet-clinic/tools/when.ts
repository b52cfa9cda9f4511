// Days and times the way callers say them ("next Tuesday", "the 2 PM one", "Thursday evening").
import { slotDate } from '../api/clinic.js';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** A timestamp with a zone ("Z", "+02:00") is an instant; without one it is clinic time. */
const ZONED = /t\d{2}:\d{2}.*(?:z|[+-]\d{2}:?\d{2})$/;

const dayOf = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate());

/** A day from "2025-03-11", "today", "tomorrow", "Tuesday" / "next Tuesday", or "March 11". */
export function parseWantedDay(said: string, now: Date): Date | undefined {
  const text = said.trim().toLowerCase();
  if (ZONED.test(text)) return dayOf(new Date(said.trim()));
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (iso) return new Date(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]));
  const today = dayOf(now);
  if (/\btoday\b|\btonight\b/.test(text)) return today;
  if (/\bday after tomorrow\b/.test(text)) return new Date(today.getFullYear(), today.getMonth(), today.getDate() + 2);
  if (/\btomorrow\b/.test(text)) return new Date(today.getFullYear(), today.getMonth(), today.getDate() + 1);
  const weekday = WEEKDAYS.findIndex((w) => text.includes(w));
  if (weekday >= 0) {
    const ahead = (weekday - today.getDay() + 7) % 7 || 7;
    return new Date(today.getFullYear(), today.getMonth(), today.getDate() + ahead);
  }
  // "March 11" has no year: take the next one.
  const withYear = /\d{4}/.test(text) ? said : `${said} ${now.getFullYear()}`;
  const ms = Date.parse(withYear);
  if (Number.isNaN(ms)) return undefined;
  const day = dayOf(new Date(ms));
  return day < today && !/\d{4}/.test(text) ? new Date(day.getFullYear() + 1, day.getMonth(), day.getDate()) : day;
}

/** The offered times ("YYYY-MM-DDTHH:mm|vetId") at this clock time (and weekday, when given). */
function byClock(offered: readonly string[], hour: number, minute: number, weekday: number): string[] {
  return offered.filter((o) => {
    const at = slotDate(o.split('|')[0]!);
    return at.getHours() === hour && at.getMinutes() === minute && (weekday < 0 || at.getDay() === weekday);
  });
}

/**
 * The offered time the caller means: an exact time ("2025-03-11T14:00"), or a clock time ("2 PM",
 * "14:00", "Thursday at 5") that picks exactly one of the offered times.
 */
export function matchOffered(said: string, offered: readonly string[], now: Date): string | undefined {
  const text = said.trim().toLowerCase();
  const weekday = WEEKDAYS.findIndex((w) => text.includes(w));
  const exact = /(\d{4}-\d{2}-\d{2})[t ](\d{2}):(\d{2})/.exec(text);
  if (exact) {
    const at = ZONED.test(text) ? new Date(said.trim()) : slotDate(`${exact[1]}T${exact[2]}:${exact[3]}`);
    const same = offered.filter((o) => slotDate(o.split('|')[0]!).getTime() === at.getTime());
    if (same.length === 1) return same[0];
    // "2 PM" said without a day often arrives dated today: then fall back to the clock time. A
    // time dated another day that was not offered is not one of the offered times.
    if (at.toDateString() !== now.toDateString()) return undefined;
    const clock = byClock(offered, at.getHours(), at.getMinutes(), -1);
    return clock.length === 1 ? clock[0] : undefined;
  }
  const clock = /\b(\d{1,2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?/.exec(text);
  if (!clock) return undefined;
  let hour = Number(clock[1]);
  const meridiem = clock[3]?.replace(/\./g, '');
  if (meridiem === 'pm' && hour < 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  // Without am/pm, "2" or "5" means the afternoon during opening hours.
  if (!meridiem && hour < 8) hour += 12;
  const found = byClock(offered, hour, Number(clock[2] ?? 0), weekday);
  return found.length === 1 ? found[0] : undefined;
}
