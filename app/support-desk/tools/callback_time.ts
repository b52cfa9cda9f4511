// Reads a callback time the way callers say it ("tomorrow at 3", "Friday morning") with
// chrono-node, in the desk's time zone, and checks it against the desk's callback rules.
import * as chrono from 'chrono-node';
import { TEENS, UNITS, sentenceDayTime, spokenTime, zoneOffsetMinutes } from 'switchboard/spoken';

export const CALLBACK_RULES = {
  /** First and last hour (local, 24 h) the team makes callbacks. */
  openHour: 8,
  closeHour: 20,
  /** A callback must be at least this far ahead... */
  minLeadMinutes: 15,
  /** ...and at most this far. */
  maxDaysAhead: 30,
};

export type CallbackTimeResult = { ok: true; at: Date } | { ok: false; problem: string };

// The hours a caller says as words, "one" to "twelve" (from the shared tables; "oh" is no hour).
const NUMBER_WORDS: Record<string, number> = Object.fromEntries(
  Object.entries({ ...UNITS, ...TEENS }).filter(([, n]) => n >= 1 && n <= 12),
);

/** Speech-to-text writes "three pm" and "half past four"; chrono wants digits. */
function digitsForWords(text: string): string {
  const hour = (w: string) => String(NUMBER_WORDS[w.toLowerCase()] ?? w);
  const word = `(\\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})`;
  return text
    .replace(new RegExp(`\\bhalf past ${word}\\b`, 'gi'), (_, h: string) => `${hour(h)}:30`)
    .replace(new RegExp(`\\bquarter past ${word}\\b`, 'gi'), (_, h: string) => `${hour(h)}:15`)
    .replace(new RegExp(`\\bquarter to ${word}\\b`, 'gi'), (_, h: string) => `${((Number(hour(h)) + 10) % 12) + 1}:45`)
    .replace(new RegExp(`\\b${word} o'?clock\\b`, 'gi'), (_, h: string) => hour(h))
    .replace(new RegExp(`\\b(${Object.keys(NUMBER_WORDS).join('|')})\\b`, 'gi'), (w: string) => hour(w));
}

/** Parts of the day become concrete times the caller will hear back ("Friday at 9:00 AM"). */
function concretePartOfDay(text: string): string {
  return text
    .replace(/\bthis (morning|afternoon|evening)\b/gi, 'today $1')
    .replace(/\btonight\b/gi, 'today evening')
    .replace(/\b(?:in|during) the (morning|afternoon|evening)\b/gi, '$1')
    .replace(/\bmorning\b/gi, 'at 9am')
    .replace(/\bafternoon\b/gi, 'at 2pm')
    .replace(/\bevening\b/gi, 'at 6pm');
}

function localHourMinute(at: Date, timeZone: string): { hour: number; minute: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(at);
  return {
    hour: Number(parts.find((p) => p.type === 'hour')?.value),
    minute: Number(parts.find((p) => p.type === 'minute')?.value),
  };
}

function parseOnce(text: string, now: Date, timeZone: string, forwardDate: boolean): chrono.ParsedResult | undefined {
  const first = chrono.parse(text, { instant: now, timezone: zoneOffsetMinutes(now, timeZone) }, { forwardDate })[0];
  if (!first) return undefined;
  // Across a daylight-saving change the target's offset differs from now's: parse again with it.
  const offsetThere = zoneOffsetMinutes(first.date(), timeZone);
  if (offsetThere === zoneOffsetMinutes(now, timeZone)) return first;
  return chrono.parse(text, { instant: now, timezone: offsetThere }, { forwardDate })[0] ?? first;
}

export function parseCallbackTime(raw: string, now: Date, timeZone: string): CallbackTimeResult {
  const said = raw.trim();
  const example = 'for example "tomorrow at 3 PM"';
  const text = concretePartOfDay(digitsForWords(said));
  let result = parseOnce(text, now, timeZone, false);
  if (!result) {
    return {
      ok: false,
      problem: `I could not understand "${said}" as a day and time. Ask the caller when suits them, ${example}.`,
    };
  }
  if (!result.start.isCertain('hour')) {
    return {
      ok: false,
      problem: `"${said}" has no time of day. Ask the caller what time suits them between ${CALLBACK_RULES.openHour} AM and ${CALLBACK_RULES.closeHour - 12} PM.`,
    };
  }
  // "Monday" or "3 pm" with the moment already gone means the next one; an explicit date does not.
  if (result.date() < now && !result.start.isCertain('day')) result = parseOnce(text, now, timeZone, true) ?? result;
  let at = result.date();
  // "at 3" with no am/pm: within callback hours that can only mean the afternoon.
  if (!result.start.isCertain('meridiem') && localHourMinute(at, timeZone).hour < CALLBACK_RULES.openHour) {
    at = new Date(at.getTime() + 12 * 3_600_000);
    const sameDayEarlier = new Date(at.getTime() - 24 * 3_600_000);
    if (
      !result.start.isCertain('day') &&
      sameDayEarlier.getTime() > now.getTime() + CALLBACK_RULES.minLeadMinutes * 60_000
    )
      at = sameDayEarlier;
  }

  const nowText = spokenTime(now, timeZone);
  if (at.getTime() <= now.getTime()) {
    return {
      ok: false,
      problem: `${sentenceDayTime(at, now, timeZone)} has already passed (it is now ${nowText}). Ask the caller for a later time.`,
    };
  }
  if (at.getTime() < now.getTime() + CALLBACK_RULES.minLeadMinutes * 60_000) {
    return {
      ok: false,
      problem: `A callback needs at least ${CALLBACK_RULES.minLeadMinutes} minutes' notice (it is now ${nowText}). Ask the caller for a later time.`,
    };
  }
  if (at.getTime() > now.getTime() + CALLBACK_RULES.maxDaysAhead * 24 * 3_600_000) {
    return {
      ok: false,
      problem: `${sentenceDayTime(at, now, timeZone)} is more than ${CALLBACK_RULES.maxDaysAhead} days away. Ask the caller for a time within the next ${CALLBACK_RULES.maxDaysAhead} days.`,
    };
  }
  const { hour, minute } = localHourMinute(at, timeZone);
  if (
    hour < CALLBACK_RULES.openHour ||
    hour > CALLBACK_RULES.closeHour ||
    (hour === CALLBACK_RULES.closeHour && minute > 0)
  ) {
    return {
      ok: false,
      problem: `${sentenceDayTime(at, now, timeZone)} is outside callback hours. Our team calls back between ${CALLBACK_RULES.openHour} AM and ${CALLBACK_RULES.closeHour - 12} PM; ask the caller for a time in that window.`,
    };
  }
  return { ok: true, at };
}
