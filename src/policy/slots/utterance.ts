// An utterance prepared once for every extractor: normalised text, one shared parse, and a memo
// of extractor results (history is replayed every turn, so each extractor runs once per utterance).
import nlp from 'compromise';
import { normalizeUtterance } from '../normalize.js';

export interface Utterance {
  /** What the caller said. */
  raw: string;
  /** Spoken forms written out (emails, digits, times), fillers removed. */
  norm: string;
  lower: string;
  /** Extractor results for this utterance: history is replayed every turn, so each runs once. */
  readonly memo: Map<string, unknown>;
}

export function prepareUtterance(raw: string): Utterance {
  const norm = normalizeUtterance(raw);
  return { raw, norm, lower: norm.toLowerCase(), memo: new Map() };
}

/** One compromise parse per utterance (parsing is most of the cost), shared by the extractors. */
export function docOf(u: Utterance): ReturnType<typeof nlp> {
  return memo(u, 'doc', () => nlp(withoutEmails(u.norm)));
}

export function memo<T>(u: Utterance, key: string, run: () => T): T {
  if (u.memo.has(key)) return u.memo.get(key) as T;
  const value = run();
  u.memo.set(key, value);
  return value;
}

export interface Found<T> {
  value: T;
  /** Character offset in `norm`, used to prefer values near a cue word. */
  index: number;
}

export const EMAIL = /[a-z0-9][a-z0-9._%+-]*@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/gi;

/** Remove emails so their parts are not read as names or ids. */
export function withoutEmails(text: string): string {
  return text.replace(EMAIL, ' ');
}

// "good morning", "good evening": a greeting, never the part of the day wanted.
const GREETING_TIMES = /\bgood (?:morning|afternoon|evening|night)\b/gi;

/** The text with greetings that name a time of day blanked (same length, so indexes hold). */
export function withoutGreetingTimes(text: string): string {
  return text.replace(GREETING_TIMES, (m) => ' '.repeat(m.length));
}

export function titleCase(s: string): string {
  return s
    .split(/\s+/)
    .map((w) => w.replace(/(^|[-'])([a-z])/g, (_, p: string, c: string) => p + c.toUpperCase()))
    .join(' ');
}
