// Options the agent just offered ("Free times: Tuesday at 11 AM; Tuesday at 2 PM. Which one suits
// you?") and the caller's pick among them: by position ("the first one", "the last"), by time
// ("the 2pm one", "the 11 o'clock"), by soonest/cheapest, by a word of the option ("the diavola"),
// or a plain yes when only one was offered ("ok go ahead").
import { SELECT_WORDS } from '../lexicon/index.js';
import { byPosition } from '../cues.js';
import { TEENS, UNITS } from '../../spoken/number_words.js';
import { VERB_WITH_PREPOSITION } from '../slots/phrase_match.js';

export interface Offered {
  options: string[];
  /** The text they were offered in (for reading back). */
  source: string;
  /** What came before the list ("Free times on Saturday, December 5"): the day times-only options are on. */
  leadIn?: string;
}

/** The list in an agent's line or a tool's output, if it offers one: "A; B; C" or "X: A, B or C". */
export function readOffered(text: string): Offered | undefined {
  const body = text.replace(/\s+/g, ' ').trim();
  // A list after a colon ("Free times: A; B; C. Which one suits you?") or a semicolon list; prose
  // with commas ("which day, and whether mornings or afternoons") is not a list of options.
  // (A clock time's colon, "12:30 PM", opens no list.)
  const m = /:(?!\d)\s*(.+?)(?:\.\s+(?=[A-Z][^.?]*\?)|\?|\.?$)/.exec(body);
  const semi = body.split(/\s*;\s*/);
  const listText = m?.[1] ?? (semi.length >= 2 ? body : undefined);
  if (!listText) return undefined;
  let options = listText.split(/\s*;\s*/);
  // "A, B or C" is an enumeration; "Tuesday, December 8 at 11 AM" is one option.
  if (options.length < 2 && /\s(?:or|and)\s/.test(listText))
    options = listText.split(/\s*,\s*(?:or\s+|and\s+)?|\s+or\s+/);
  // "economy at $39 a day, compact at $45 a day, …": a comma list whose every item has its price.
  const priced = listText.split(/\s*,\s*(?:or\s+|and\s+)?/);
  if (options.length < 2 && priced.length >= 2 && priced.every((o) => /\$\s?\d/.test(o))) options = priced;
  // A sentence after the last option ("SK 105 at 6:15 PM. Changing this fare costs $75") is not part of it.
  options = options
    .map((o) =>
      o
        .replace(/\.\s+[A-Z].*$/, '')
        .replace(/[.!?]+$/, '')
        .trim(),
    )
    .filter((o) => o.length > 0 && o.length <= 80);
  // One offered option counts only when the line asks about it ("Free times: Tuesday at 11 AM. Which one suits you?").
  if (options.length === 0 || (options.length === 1 && !/\?/.test(body))) return undefined;
  return { options, source: body, leadIn: m && m.index > 0 ? body.slice(0, m.index) : undefined };
}

/**
 * The clock hour in a text: a number with am/pm or minutes first ("December 8 at 2 PM" is 14,
 * not 8), then one after "at", then, in the caller's short pick ("the 2 o'clock"), any small number.
 */
function hourOf(text: string): number | undefined {
  const m =
    /\b(\d{1,2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)(?![a-z])/i.exec(text) ??
    /\b(\d{1,2}):(\d{2})()(?!\d)/.exec(text) ??
    /\bat (\d{1,2})()()(?![\d:])/i.exec(text) ??
    /\b(\d{1,2})()()(?![\d:/.-])/.exec(text);
  if (!m) return undefined;
  let h = Number(m[1]);
  if (h > 23) return undefined;
  const pm = m[3] && /^p/i.test(m[3]);
  if (pm && h < 12) h += 12;
  if (m[3] && !pm && h === 12) h = 0;
  return h;
}

function moneyOf(text: string): number | undefined {
  const m = /\$\s?(\d+(?:\.\d+)?)/.exec(text);
  return m ? Number(m[1]) : undefined;
}

const AFFIRM_ONLY =
  /^(?:(?:yes|yeah|yep|yup|sure|ok|okay|alright|fine|great|perfect|please|go ahead|do it|sounds good|that works|that one|that's fine|that is fine|book (?:it|that)(?: one)?|take (?:it|that)(?: one)?|hold (?:it|that)(?: one)?|let's do (?:it|that)|i'll take (?:it|that)(?: one)?|with that|that|it|one|then|thanks|thank you|and|,|\.|!|\s)+)$/i;

// Clock hours said as words, two to twelve ("one" is left out: "that one" is no time).
const HOUR_WORDS = new Map(Object.entries({ ...UNITS, ...TEENS }).filter(([, v]) => v >= 2 && v <= 12));
const wordList = (words: readonly string[]) =>
  new RegExp(`(?:^|[^a-z'])(?:${words.map((w) => w.replace(/'/g, "'?")).join('|')})(?![a-z])`, 'i');
const TAKE_IT = wordList(SELECT_WORDS.takeIt);
const NOT_THIS = wordList(SELECT_WORDS.notThis);
const COMPARES = /\b(?:earlier|later|sooner|before|after|than)\b/;

/** Hours said as words in a pick ("eleven is fine", "ok, two it is"); "one" only as a clock time, never "that one". */
function hoursAsDigits(text: string): string {
  return text.replace(new RegExp(`\\b(${[...HOUR_WORDS.keys()].join('|')})\\b`, 'g'), (w) => String(HOUR_WORDS.get(w)));
}

/** The caller's words as picks are matched: lower case, straight apostrophes. */
function plain(utterance: string): string {
  return utterance
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .trim();
}

/** Which offered option the caller picked, if the utterance is a pick. */
export function selectOffered(utterance: string, offered: Offered): string | undefined {
  const text = plain(utterance);
  const options = offered.options;
  const n = options.length;
  const placed = selectByPlaceOrTime(text, offered);
  if (placed) return placed;
  // A distinctive word of one option only ("the diavola", "the Tuesday one").
  // A verb with its preposition ("looking to start soon") does not pick "just looking".
  const words = text
    .replace(VERB_WITH_PREPOSITION, ' ')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 3);
  const byWord = options.filter((o) => words.some((w) => new RegExp(`\\b${w}`, 'i').test(o)));
  if (byWord.length === 1 && words.length <= 6) return byWord[0];
  if (n === 1 && AFFIRM_ONLY.test(text)) return options[0];
  // The one option taken in words that say yes, details after it or not ("eleven is fine, I'll take it").
  if (n === 1 && takesIt(text)) return options[0];
  return undefined;
}

/** The caller takes what is on the table ("sounds good, book it", "eleven is fine, I'll take it"), nothing else. */
export function takesIt(utterance: string): boolean {
  const text = plain(utterance);
  return TAKE_IT.test(text) && !NOT_THIS.test(text) && !text.includes('?');
}

/**
 * A pick by position, soonest/latest, price or clock time only ("whatever's first on Monday", "the
 * one pm"): what a request for options can already say about which one the caller will want.
 */
export function selectByPlaceOrTime(utterance: string, offered: Offered): string | undefined {
  const text = plain(utterance);
  const options = offered.options;
  const n = options.length;
  const at = byPosition(text, n);
  if (at !== undefined) return options[at];
  if (SELECT_WORDS.soonest.some((w) => text.includes(w))) return options[0];
  if (SELECT_WORDS.latest.some((w) => text.includes(w))) return options[n - 1];
  const cheap = SELECT_WORDS.cheapest.some((w) => text.includes(w));
  const dear = SELECT_WORDS.dearest.some((w) => text.includes(w));
  if (cheap || dear) {
    const priced = options.map((o, i) => ({ o, i, p: moneyOf(o) })).filter((x) => x.p !== undefined);
    if (priced.length >= 2) {
      priced.sort((a, b) => (cheap ? a.p! - b.p! : b.p! - a.p!));
      return priced[0]!.o;
    }
  }
  // A time: "the 2pm one", "the 11 o'clock", "at three" (already written as digits by normalisation).
  // "anything earlier than eleven?" compares with a time; it does not pick it.
  const said = COMPARES.test(text) ? undefined : hourOf(hoursAsDigits(text).replace(/o'?clock/g, ''));
  if (said !== undefined) {
    const hits = options.filter((o) => {
      const h = hourOf(o);
      return h !== undefined && (h === said || (said < 12 && h === said + 12));
    });
    if (hits.length === 1) return hits[0];
  }
  return byClockDigits(text, options);
}

/**
 * "the eight forty five", "the twelve thirty one" (the 12:30 one), which normalisation writes as
 * one number ("845", "1231"): the one option at that hour and minute. A number an option itself
 * shows ("SK 105") is that option's own, not a time.
 */
function byClockDigits(text: string, options: readonly string[]): string | undefined {
  const times = options.map((o) => /\b(\d{1,2}):(\d{2})\b/.exec(o));
  for (const [said] of text.matchAll(/\b\d{3,4}\b/g)) {
    if (options.some((o) => new RegExp(`\\b${said}\\b`).test(o.replace(/(\d)\s+(?=\d)/g, '$1')))) continue;
    const h = Number(said.slice(0, -2));
    const m = Number(said.slice(-2));
    // A trailing "one" said after the minutes ("thirty one") is "the … one", when no option is at :31.
    const readings = [m, ...(m % 10 === 1 ? [m - 1] : [])];
    if (h < 1 || h > 12 || m > 59) continue;
    for (const minutes of readings) {
      const hits = options.filter((_, i) => {
        const t = times[i];
        return t != null && Number(t[1]) % 12 === h % 12 && Number(t[2]) === minutes;
      });
      if (hits.length === 1) return hits[0];
    }
  }
  return undefined;
}

// A clock time said as one ("4 o'clock", "at 4", "4pm", "4:30"), not any number.
const CLOCK_TIME =
  /\b(?:at\s+)?\d{1,2}(?::\d{2})?\s*(?:o'?clock|am|pm|a\.m\.|p\.m\.)|\bat\s+\d{1,2}(?::\d{2})?\b|\b\d{1,2}:\d{2}\b/i;

/**
 * A clock time the caller asked for that none of the offered options has ("the 4 o'clock" when
 * 11, 12 and 1 were offered): the words they used, so the agent can say so and offer what exists.
 */
export function timeNotOffered(utterance: string, offered: Offered): string | undefined {
  const said = CLOCK_TIME.exec(utterance);
  if (!said) return undefined;
  const hours = offered.options.map(hourOf);
  if (hours.some((h) => h === undefined)) return undefined;
  const h = hourOf(said[0].replace(/o'?clock/i, ''));
  if (h === undefined || hours.some((x) => x === h || (h < 12 && x === h + 12))) return undefined;
  return said[0].replace(/^at\s+/i, '').trim();
}
