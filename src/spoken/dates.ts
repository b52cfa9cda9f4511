// Dates and times said aloud: whole words a text-to-speech engine reads naturally, never ISO
// strings, and relative days ("today", "tomorrow") where a person would use them.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * The calendar day of an instant as YYYY-MM-DD (for comparing and storing days): in `timeZone`
 * when given, otherwise in the machine's local time.
 */
export function calendarDay(at: Date, timeZone?: string): string {
  if (timeZone) {
    return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
  }
  return `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;
}

/**
 * A calendar day as YYYY-MM-DD from what a caller or a model wrote: "2025-03-02" or "March 2, 2025".
 * Undefined when it cannot be read.
 */
export function parseDay(said: string): string | undefined {
  const text = said.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  // A timestamp with a zone is an instant: take its local calendar day.
  if (iso && !/T.*(?:Z|[+-]\d{2}:?\d{2})$/i.test(text)) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const ms = Date.parse(said);
  if (Number.isNaN(ms)) return undefined;
  return calendarDay(new Date(ms));
}

/** "2025-03-02" → "March 2, 2025": a calendar day (a birth date, an incident date) said in full. */
export function speakDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!)).toLocaleDateString('en-US', {
    month: 'long',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** "Tuesday, March 4". */
export function spokenDate(at: Date | string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'long', month: 'long', day: 'numeric' }).format(
    new Date(at),
  );
}

/** "3:00 PM". */
export function spokenTime(at: Date | string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', { timeZone, hour: 'numeric', minute: '2-digit' }).format(new Date(at));
}

/** "today", "tomorrow", "yesterday", or "on Tuesday, March 4". */
export function spokenDay(at: Date | string, now: Date, timeZone: string): string {
  const target = calendarDay(new Date(at), timeZone);
  if (target === calendarDay(now, timeZone)) return 'today';
  if (target === calendarDay(new Date(now.getTime() + DAY), timeZone)) return 'tomorrow';
  if (target === calendarDay(new Date(now.getTime() - DAY), timeZone)) return 'yesterday';
  return `on ${spokenDate(at, timeZone)}`;
}

/** "today at 3:00 PM", "on Friday, March 7 at 9:00 AM". */
export function spokenDayTime(at: Date | string, now: Date, timeZone: string): string {
  return `${spokenDay(at, now, timeZone)} at ${spokenTime(at, timeZone)}`;
}

/** A day-and-time phrase that can open a sentence: "Tomorrow at 3:00 PM", "Friday, March 7 at 9:00 AM". */
export function sentenceDayTime(at: Date | string, now: Date, timeZone: string): string {
  const text = spokenDayTime(at, now, timeZone).replace(/^on /, '');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A rough duration: "about 40 minutes", "about 3 hours", "about 2 days". */
export function roughDuration(ms: number): string {
  const abs = Math.abs(ms);
  if (abs < 90 * MINUTE) {
    const minutes = Math.max(1, Math.round(abs / MINUTE));
    return `about ${minutes} minute${minutes === 1 ? '' : 's'}`;
  }
  if (abs < 36 * HOUR) {
    const hours = Math.round(abs / HOUR);
    return `about ${hours} hour${hours === 1 ? '' : 's'}`;
  }
  const days = Math.round(abs / DAY);
  return `about ${days} day${days === 1 ? '' : 's'}`;
}
