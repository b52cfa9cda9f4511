// Formatting for tool outputs that are read aloud: whole sentences, no JSON, no ISO dates.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "$59.99" (TTS engines read this form naturally). */
export function money(cents: number): string {
  return `$${(cents / 100).toFixed(2)}`;
}

/** "a, b and c". */
export function joinWords(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** Calendar day of an instant in a time zone, as YYYY-MM-DD (for comparing days). */
function dayKey(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
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
  const target = dayKey(new Date(at), timeZone);
  if (target === dayKey(now, timeZone)) return 'today';
  if (target === dayKey(new Date(now.getTime() + DAY), timeZone)) return 'tomorrow';
  if (target === dayKey(new Date(now.getTime() - DAY), timeZone)) return 'yesterday';
  return `on ${spokenDate(at, timeZone)}`;
}

/** "today at 3:00 PM", "on Friday, March 7 at 9:00 AM". */
export function spokenDayTime(at: Date | string, now: Date, timeZone: string): string {
  return `${spokenDay(at, now, timeZone)} at ${spokenTime(at, timeZone)}`;
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

/** Last four characters of a reference, for reading aloud without spelling the whole thing. */
export function lastFour(reference: string): string {
  return reference.replace(/\s+/g, '').slice(-4);
}

/** "a" or "an" before a word. */
export function article(word: string): string {
  return /^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`;
}

/** A day-and-time phrase that can open a sentence: "Tomorrow at 3:00 PM", "Friday, March 7 at 9:00 AM". */
export function sentenceDayTime(at: Date | string, now: Date, timeZone: string): string {
  const text = spokenDayTime(at, now, timeZone).replace(/^on /, '');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
