// Reading days and times the way callers say them ("next Tuesday", "the 2 PM one").
import { parseSpokenDay } from 'switchboard/spoken';

import { slotDate } from '../api/schedule.js';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** A timestamp with a zone ("Z", "+02:00") is an instant; without one it is clinic time. */
const ZONED = /t\d{2}:\d{2}.*(?:z|[+-]\d{2}:?\d{2})$/;

/** A day from "2025-03-11", "today", "tomorrow", "next Tuesday", "the 14th" or "March 11, 2025", in clinic time. */
export function parseDay(said: string, now: Date): Date | undefined {
  const day = parseSpokenDay(said, { now });
  if (!day) return undefined;
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y!, m! - 1, d!);
}

/** The one offered slot at this clock time (and weekday, when given). */
function byClock(offered: readonly string[], hour: number, minute: number, weekday = -1): string | undefined {
  const candidates = offered.filter((slot) => {
    const at = slotDate(slot);
    return at.getHours() === hour && at.getMinutes() === minute && (weekday < 0 || at.getDay() === weekday);
  });
  return candidates.length === 1 ? candidates[0] : undefined;
}

/**
 * The offered slot the caller means: an exact time ("2025-03-11T14:00", an ISO timestamp), or a
 * clock time ("2 PM", "14:00", optionally with a weekday) that picks exactly one offered slot.
 */
export function matchOffered(said: string, offered: readonly string[]): string | undefined {
  const text = said.trim().toLowerCase();
  const exact = /(\d{4}-\d{2}-\d{2})[t ](\d{2}):(\d{2})/.exec(text);
  if (exact) {
    const at = ZONED.test(text) ? new Date(said.trim()) : slotDate(`${exact[1]}T${exact[2]}:${exact[3]}`);
    const same = offered.find((slot) => slotDate(slot).getTime() === at.getTime());
    // "2 PM" said without a day often arrives dated today: fall back to the clock time.
    return same ?? byClock(offered, at.getHours(), at.getMinutes());
  }
  const clock = /\b(\d{1,2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?/.exec(text);
  if (!clock) return undefined;
  let hour = Number(clock[1]);
  const meridiem = clock[3]?.replace(/\./g, '');
  if (meridiem === 'pm' && hour < 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  // Without am/pm, "2" or "3" means the afternoon during opening hours.
  if (!meridiem && hour < 8) hour += 12;
  return byClock(
    offered,
    hour,
    Number(clock[2] ?? 0),
    WEEKDAYS.findIndex((w) => text.includes(w)),
  );
}
