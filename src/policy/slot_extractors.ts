// Slot extractors: find typed values in one (normalised) caller utterance. Exact formats (email,
// phone, ids) use regexes; names use compromise, dates/times chrono-node, enum values a synonym
// table plus fastest-levenshtein for typos. Every extractor returns nothing rather than guess.
import * as chrono from 'chrono-node';
import nlp from 'compromise';
import { typoDistance } from './lexical_scorer.js';
import { representative } from './synonyms.js';
import { ENUM_SYNONYMS, stem } from './lexicon/index.js';
import { normalizeUtterance, TEENS, TENS, UNITS } from './normalize.js';
import { aliasesIn, fold, phrasePattern, withoutInnerHyphens } from './description_aliases.js';

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
function docOf(u: Utterance): ReturnType<typeof nlp> {
  return memo(u, 'doc', () => nlp(withoutEmails(u.norm)));
}

function memo<T>(u: Utterance, key: string, run: () => T): T {
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

const EMAIL = /[a-z0-9][a-z0-9._%+-]*@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/gi;

function findEmailsUncached(u: Utterance): Found<string>[] {
  return [...u.norm.matchAll(EMAIL)].map((m) => ({ value: m[0].toLowerCase().replace(/\.$/, ''), index: m.index }));
}

export function findEmails(u: Utterance): Found<string>[] {
  return memo(u, 'emails', () => findEmailsUncached(u));
}

/** Remove emails so their parts are not read as names or ids. */
function withoutEmails(text: string): string {
  return text.replace(EMAIL, ' ');
}

function findPhonesUncached(u: Utterance): Found<string>[] {
  const out: Found<string>[] = [];
  const text = withoutEmails(u.norm);
  for (const m of text.matchAll(/(\+?\(?\d[\d\s().-]{5,}\d)/g)) {
    const digits = m[0].replace(/\D/g, '');
    if (digits.length < 7 || digits.length > 15) continue;
    // Letters glued to the digits make it an id ("ORD-12345"), not a phone number.
    const before = text.slice(Math.max(0, m.index - 2), m.index);
    if (/[a-z]-?$/i.test(before)) continue;
    out.push({
      value: `${m[0].trim().startsWith('+') || /\bplus\s*$/i.test(text.slice(0, m.index)) ? '+' : ''}${digits}`,
      index: m.index,
    });
  }
  return out;
}

export function findPhones(u: Utterance): Found<string>[] {
  return memo(u, 'phones', () => findPhonesUncached(u));
}

function unanchored(pattern: RegExp): RegExp {
  const src = pattern.source.replace(/^\^/, '').replace(/\$$/, '');
  return new RegExp(`(?<![A-Za-z0-9])(?:${src})(?![A-Za-z0-9])`, 'gi');
}

function caseVariantFitting(value: string, pattern: RegExp): string | undefined {
  for (const v of [value, value.toUpperCase(), value.toLowerCase()]) if (pattern.test(v)) return v;
  return undefined;
}

/** Ids (orders, accounts, tickets): by the schema pattern when there is one, else by shape. */
function findIdentifiersUncached(u: Utterance, pattern?: RegExp): Found<string>[] {
  const text = withoutEmails(u.norm);
  if (pattern) {
    const out: Found<string>[] = [];
    const seen = new Set<string>();
    // Also try with letter/digit groups joined, for "ORD 12345" or "A B 1 2 3".
    const variants = [
      text,
      text.replace(/\b([A-Za-z]{1,6})\s+(\d{2,})\b/g, '$1-$2'),
      text.replace(/\b([A-Za-z]{1,6})[\s-]+(\d{2,})\b/g, '$1$2'),
      text.replace(/(\d)[\s-]+(?=\d)/g, '$1'),
    ];
    for (const variant of variants) {
      for (const m of variant.matchAll(unanchored(pattern))) {
        const fitted = caseVariantFitting(m[0], pattern);
        if (fitted && !seen.has(fitted)) {
          seen.add(fitted);
          out.push({ value: fitted, index: Math.min(m.index, text.length) });
        }
      }
    }
    return out;
  }
  const out: Found<string>[] = [];
  for (const m of text.matchAll(/\b(?:[A-Za-z]{1,6}-?\d{3,}[A-Za-z0-9-]*|\d{4,}[A-Za-z]*)\b/g)) {
    out.push({ value: m[0].toUpperCase(), index: m.index });
  }
  return out;
}

export function findIdentifiers(u: Utterance, pattern?: RegExp): Found<string>[] {
  return memo(u, `ids:${pattern?.source ?? ''}`, () => findIdentifiersUncached(u, pattern));
}

// Words that follow "I'm" / "this is" but are not names.
const NOT_NAME_WORDS = new Set(
  `a an the my your our their his her its this that these those and or but so to of in on at for with from by about
  calling call ringing speaking here there just still again also very really so not no yes yeah ok okay hi hello hey sorry
  looking trying having wondering hoping waiting phoning contacting reaching interested unable able going gonna
  frustrated angry annoyed upset confused done good fine great well happy glad sure afraid sick tired fed new back
  customer client member user caller subscriber owner manager it is was be been being am are`.split(/\s+/),
);

const STRONG_NAME_CUE =
  /\b(?:my name is|my name's|name is|name's|the name is|call me|first name is|last name is|surname is|full name is)\s+/i;
const WEAK_NAME_CUE = /\b(?:this is|i am|i'm|im|it's|its|it is|speaking is|you're speaking (?:to|with))\s+/i;

function titleCase(s: string): string {
  return s
    .split(/\s+/)
    .map((w) => w.replace(/(^|[-'])([a-z])/g, (_, p: string, c: string) => p + c.toUpperCase()))
    .join(' ');
}

function nameWordsAfter(text: string, cue: RegExp): string[] | undefined {
  const m = cue.exec(text);
  if (!m) return undefined;
  const rest = text.slice(m.index + m[0].length);
  const words: string[] = [];
  for (const w of rest.split(/\s+/)) {
    const clean = w.replace(/[,.!?;:]+$/, '');
    if (!/^[a-z][a-z'-]*$/i.test(clean)) break;
    if (NOT_NAME_WORDS.has(clean.toLowerCase())) break;
    words.push(clean);
    if (words.length === 3 || clean !== w) break;
  }
  return words.length > 0 ? words : undefined;
}

function looksLikeName(words: string[]): boolean {
  const doc = nlp(words.join(' '));
  if (doc.has('#Person')) return true;
  // Reject ordinary vocabulary: verbs, adjectives, adverbs and function words are not names.
  return !words.some((w) => {
    const t = nlp(w);
    return t.has(
      '(#Verb|#Adjective|#Adverb|#Preposition|#Determiner|#Pronoun|#Conjunction|#Value|#Date|#QuestionWord)',
    );
  });
}

/**
 * A person's name: after "my name is", "this is", "I'm" (checked with compromise), from
 * compromise's people() on the whole sentence, or — when the agent just asked for a name — the
 * short answer itself ("Jon Smith").
 */
function findPersonNameUncached(
  u: Utterance,
  expecting = false,
  vocabulary?: ReadonlySet<string>,
  cueOnly = false,
): string | undefined {
  const text = withoutEmails(u.norm);
  const strong = nameWordsAfter(text, STRONG_NAME_CUE);
  if (strong && strong.every((w) => !/^(?:calling|from)$/i.test(w))) return titleCase(strong.join(' '));
  const weak = nameWordsAfter(text, WEAK_NAME_CUE);
  if (weak && looksLikeName(weak)) {
    const doc = nlp(weak.join(' '));
    if (doc.has('#Person') || /[A-Z]/.test(weak.join(' ')) || expecting) return titleCase(weak.join(' '));
  }
  // "Priya Natarajan, my account is ...": a capitalised name opening the sentence.
  // Surnames may have inner capitals: "ONeill", "McDonald".
  const lead =
    /^\s*([A-Z][a-z]*[A-Z]?[a-z'-]+(?:\s+[A-Z][a-z]*[A-Z]?[a-z'-]+){1,2})\s*(?:,|here\b|calling\b|speaking\b)/.exec(
      text,
    );
  if (
    lead &&
    looksLikeName(lead[1]!.split(/\s+/)) &&
    !lead[1]!.split(/\s+/).some((w) => vocabulary?.has(w.toLowerCase()) || NOT_NAME_WORDS.has(w.toLowerCase()))
  ) {
    return titleCase(lead[1]!);
  }
  // "hi, sam here" / "Noor speaking": a short name right before an introduction word.
  const intro =
    /^\s*(?:(?:hi|hello|hey|yes|yeah|good (?:morning|afternoon|evening))[,.!]?\s*)*([a-z][a-z'-]+(?:\s+[a-z][a-z'-]+)?)\s+(?:here|speaking)\b/i.exec(
      text,
    );
  const introWords = intro?.[1]!.split(/\s+/);
  if (
    introWords &&
    looksLikeName(introWords) &&
    !introWords.some((w) => vocabulary?.has(w.toLowerCase()) || NOT_NAME_WORDS.has(w.toLowerCase()))
  )
    return titleCase(introWords.join(' '));
  if (cueOnly) return undefined;
  const people = docOf(u).people().out('array') as string[];
  const person = people.map((p) => p.replace(/[,.!?]+$/, '').trim()).find((p) => p.length > 1 && !/\d/.test(p));
  if (person && !/^(?:hi|hello|hey|dear)\b/i.test(person))
    return titleCase(person.replace(/^(?:mr|mrs|ms|dr)\.?\s+/i, (t) => t));
  if (expecting) {
    const words = text
      .replace(/^(?:it's|its|it is|sure|yes|yeah|ok|okay|um|uh)[,\s]+/i, '')
      .replace(/[.!?]+$/, '')
      .trim()
      .split(/\s+/);
    // Words the agent's own tools talk about ("refund", "internet") are requests, not names.
    const known = (w: string) => NOT_NAME_WORDS.has(w.toLowerCase()) || (vocabulary?.has(w.toLowerCase()) ?? false);
    if (
      words.length >= 1 &&
      words.length <= 3 &&
      words.every((w) => /^[a-z][a-z'-]*$/i.test(w) && !known(w)) &&
      looksLikeName(words)
    ) {
      return titleCase(words.join(' '));
    }
  }
  return undefined;
}

// Words that follow a name in a self-introduction ("Sam here", "Noor speaking", "Ann again") but are not part of it.
const NAME_TAIL = new Set(
  `here there speaking calling ringing phoning again too also now today back please thanks from and`.split(/\s+/),
);

/** "Sam Here" → "Sam": drop trailing words that belong to the introduction, not the name. */
export function trimNameTail(name: string): string | undefined {
  const words = name.split(/\s+/);
  while (words.length > 0 && NAME_TAIL.has(words.at(-1)!.toLowerCase())) words.pop();
  return words.length > 0 ? words.join(' ') : undefined;
}

export function findPersonName(
  u: Utterance,
  expecting = false,
  vocabulary?: ReadonlySet<string>,
  cueOnly = false,
): string | undefined {
  return memo(u, `name:${expecting}:${cueOnly}:${vocabulary ? 'v' : ''}`, () => {
    const found = findPersonNameUncached(u, expecting, vocabulary, cueOnly);
    return found ? trimNameTail(found) : undefined;
  });
}

export interface FoundDateTime {
  /** ISO 8601 (UTC) instant. */
  iso: string;
  date: Date;
  hasDay: boolean;
  hasTime: boolean;
  index: number;
  text: string;
}

/** Dates and times via chrono, read forward from `now`, with business-hours defaults. */
// Words without which there is no date or time to find (chrono is the slowest extractor).
const TIME_HINT =
  /\d|\b(?:today|tomorrow|tonight|yesterday|morning|afternoon|evening|noon|midday|midnight|mon|tues?|wed|thu(?:rs)?|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next|week|weekend|month|hours?|minutes?|am|pm|o'clock|now|later|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)\b/i;

// Digit runs that are dates, not phone numbers: "1984-07-12", "12.07.1984", "(July) 12 1984".
const DATE_SHAPED = /^(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[.-]\d{1,2}[.-]\d{2,4}|\d{1,2},?\s+(?:1[89]|20)\d{2})$/;

/**
 * How numeric dates are read. Month first ("12/07/1984" is December 7) is chrono's English default
 * and the US English the apps speak; `day-first` reads it as 12 July.
 */
export type DateOrder = 'month-first' | 'day-first';

function findDateTimesUncached(u: Utterance, now: Date, order: DateOrder): FoundDateTime[] {
  // Long digit runs (phone numbers, ids) are never dates, and chrono is slow on them (~90 ms).
  const text = u.norm
    .replace(/\+?\d[\d\s().-]{4,}\d/g, (m) => (DATE_SHAPED.test(m) ? m : ' '.repeat(m.length)))
    .replace(/[A-Za-z]+-\d+/g, (m) => ' '.repeat(m.length));
  if (!TIME_HINT.test(text)) return [];
  const parser = order === 'day-first' ? chrono.en.GB : chrono;
  const results = parser.parse(text, now, { forwardDate: true });
  const out: FoundDateTime[] = [];
  for (const r of results) {
    const c = r.start;
    const date = c.date();
    const hasDay =
      c.isCertain('day') ||
      c.isCertain('weekday') ||
      /\b(?:today|tomorrow|tonight|in \d+ days?|next week)\b/i.test(r.text);
    const partOfDay = /\b(?:morning|afternoon|evening|tonight|noon|lunch)\b/i.test(r.text);
    let hasTime = c.isCertain('hour') || partOfDay || /\bin (?:an?|\d+) (?:hours?|minutes?)\b/i.test(r.text);
    if (c.isCertain('hour') && !c.isCertain('meridiem')) {
      // "at 3" on a support line means 3 pm, not 3 am.
      const h = date.getHours();
      if (h >= 1 && h <= 7) date.setHours(h + 12);
    } else if (!c.isCertain('hour') && /\bmorning\b/i.test(r.text)) {
      date.setHours(9, 0, 0, 0);
    }
    if (!hasDay && !hasTime) hasTime = false;
    // A time already past today means the next day.
    if (hasTime && !hasDay && date.getTime() < now.getTime()) date.setDate(date.getDate() + 1);
    out.push({ iso: date.toISOString(), date, hasDay, hasTime, index: r.index, text: r.text });
  }
  return out;
}

export function findDateTimes(u: Utterance, now: Date, order: DateOrder = 'month-first'): FoundDateTime[] {
  return memo(u, `dates:${now.getTime()}:${order}`, () => findDateTimesUncached(u, now, order));
}

/** Numbers said as digits or words ("twenty five", "$19.99"), skipping ids and phone numbers. */
function findNumbersUncached(u: Utterance): Found<number>[] {
  const out: Found<number>[] = [];
  const text = withoutEmails(u.norm);
  for (const m of text.matchAll(/(?<![A-Za-z0-9-])\$?(-?\d+(?:[.,]\d+)?)(?![A-Za-z0-9-]|:\d)/g)) {
    const raw = m[1]!.replace(',', '.');
    if (raw.replace(/\D/g, '').length >= 7) continue;
    out.push({ value: Number(raw), index: m.index });
  }
  if (out.length === 0 && !/\d/.test(text)) {
    // compromise returns a (non-iterable) view instead of an array when nothing matched.
    const words: unknown = docOf(u).numbers().get();
    for (const w of Array.isArray(words) ? words : [])
      if (typeof w === 'number' && Number.isFinite(w)) out.push({ value: w, index: 0 });
  }
  return out;
}

export function findNumbers(u: Utterance): Found<number>[] {
  return memo(u, 'numbers', () => findNumbersUncached(u));
}

// Counts reuse the spoken-number tables (units minus the digit-reading "o"/"oh", teens, tens) plus "dozen".
const COUNT_WORDS: Record<string, number> = {
  ...Object.fromEntries(Object.entries(UNITS).filter(([word, value]) => value > 0 && word !== 'o' && word !== 'oh')),
  ...TEENS,
  ...TENS,
  dozen: 12,
};
// After a count these are measures or clock words, not the thing counted ("in 2 days", "at 5 pm").
const NOT_COUNTED = new Set(
  `am pm o'clock oclock minute minutes hour hours day days week weeks month months year years percent dollars dollar
  euros euro pounds pound cents cent times time more less of the a an and or to at in on for with from by is are was
  were it that this those these them you me i please thanks`.split(/\s+/),
);

/**
 * Counts said right before the thing counted: "two margherita pizzas", "3 coffees", "twenty five
 * flyers". No cue word is needed; a number before a measure ("2 days", "5 pm") is not a count.
 */
function findCountsUncached(u: Utterance): Found<number>[] {
  const out: Found<number>[] = [];
  const words = Object.keys(COUNT_WORDS).join('|');
  const re = new RegExp(
    `(?<![\\w$.,/:-])(\\d{1,3}|(?:${words})(?:[\\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?)\\s+([a-z][a-z'-]*)`,
    'gi',
  );
  for (const m of withoutEmails(u.norm).matchAll(re)) {
    const next = m[2]!.toLowerCase();
    if (NOT_COUNTED.has(next)) continue;
    const said = m[1]!.toLowerCase().split(/[\s-]+/);
    const value = /^\d/.test(said[0]!) ? Number(said[0]) : said.reduce((sum, w) => sum + (COUNT_WORDS[w] ?? 0), 0);
    if (value > 0) out.push({ value, index: m.index });
  }
  return out;
}

export function findCounts(u: Utterance): Found<number>[] {
  return memo(u, 'counts', () => findCountsUncached(u));
}

const YES =
  /^(?:yes|yeah|yep|yup|sure|correct|right|that's right|that is right|exactly|absolutely|definitely|of course|please do|go ahead|ok|okay|affirmative|confirm(?:ed)?|true)\b/i;
const NO = /^(?:no|nope|nah|not really|negative|don't|do not|never|false|wrong|incorrect)\b/i;

/** A yes/no answer at the start of the utterance. */
export function findYesNo(u: Utterance): boolean | undefined {
  const t = u.lower.replace(/^(?:um|uh|well|oh)[,\s]+/, '');
  if (YES.test(t)) return true;
  if (NO.test(t)) return false;
  return undefined;
}

/** Synonyms the app wrote into a description: "technical (internet, wifi), billing (refunds)". */
export function synonymsFromDescription(description: string, values: string[]): Record<string, string[]> {
  return aliasesIn(description, values);
}

function tokens(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9']+/)
    .filter(Boolean);
}

/** Position of phrase in text if present as whole words (and not negated), else -1. Hyphens and spaces inside words are alike. */
function phraseIndex(text: string, phrase: string): number {
  const re = new RegExp(`(?<![a-z0-9])${phrasePattern(phrase)}(?![a-z0-9])`, 'i');
  const m = re.exec(text) ?? re.exec(withoutInnerHyphens(text));
  if (!m) return -1;
  const before = text.slice(Math.max(0, m.index - 8), m.index);
  if (/\b(?:not|no|isn't|non)\s*-?$/i.test(before) && !/^not\b/.test(phrase)) return -1;
  return m.index;
}

// Words of a several-word value that say nothing on their own ("the", "of").
const PARTIAL_SKIP = new Set(['the', 'a', 'an', 'of', 'and', 'or', 'for', 'my', 'your', 'other', 'new', 'old']);

/**
 * A value with several words named by one of them ("no sound on the tv" → "TV box", "the box" →
 * "TV box"), when that word belongs to exactly one value. Ambiguous words name nothing.
 */
function partialMatch(text: string, values: string[]): string | undefined {
  const said = new Set(tokens(withoutInnerHyphens(text)).map(representative));
  const hits = new Set<string>();
  for (const value of values) {
    const words = tokens(value.replace(/[_-]+/g, ' ')).filter((w) => w.length >= 2 && !PARTIAL_SKIP.has(w));
    if (words.length < 2) continue;
    if (words.some((w) => said.has(representative(w)) && values.filter((v) => hasWord(v, w)).length === 1))
      hits.add(value);
  }
  return hits.size === 1 ? [...hits][0] : undefined;
}

function hasWord(value: string, word: string): boolean {
  return tokens(value.replace(/[_-]+/g, ' ')).some((w) => representative(w) === representative(word));
}

/**
 * Match an enum value by name, synonym or a near-miss spelling. Returns the value and how it was
 * found, so callers can trust exact matches more than typo matches.
 */
export function matchEnum(
  u: Utterance,
  values: string[],
  description = '',
): { value: string; via: 'exact' | 'synonym' | 'typo'; index: number } | undefined {
  const text = u.lower;
  const fromDescription = synonymsFromDescription(description, values);
  type Match = { value: string; via: 'exact' | 'synonym' | 'typo'; index: number; len: number };
  let best = undefined as Match | undefined;
  const consider = (value: string, via: 'exact' | 'synonym' | 'typo', index: number, len: number) => {
    const rank = { exact: 3, synonym: 2, typo: 1 };
    if (!best || rank[via] > rank[best.via] || (rank[via] === rank[best.via] && len > best.len))
      best = { value, via, index, len };
  };
  for (const value of values) {
    const spoken = value.replace(/[_-]+/g, ' ').toLowerCase();
    const idx = phraseIndex(text, spoken);
    if (idx >= 0) consider(value, 'exact', idx, spoken.length);
    for (const syn of [...(fromDescription[value] ?? []), ...(ENUM_SYNONYMS[spoken] ?? [])]) {
      const sIdx = phraseIndex(text, syn);
      if (sIdx >= 0) consider(value, 'synonym', sIdx, syn.length);
    }
  }
  const exact = best as Match | undefined;
  if (exact) return { value: exact.value, via: exact.via, index: exact.index };
  const partial = partialMatch(text, values);
  if (partial) return { value: partial, via: 'synonym', index: 0 };
  // The same word in another form: "cleaned" / "cleaning", "whitened" / "whitening".
  const words = tokens(text);
  const stems = new Map(words.filter((w) => w.length >= 4).map((w) => [stem(w), w]));
  for (const value of values) {
    const spoken = value.replace(/[_-]+/g, ' ').toLowerCase();
    if (/\s/.test(spoken) || spoken.length < 4) continue;
    const w = stems.get(stem(spoken));
    if (w) consider(value, 'synonym', text.indexOf(w), spoken.length);
  }
  if (best) return { value: (best as Match).value, via: (best as Match).via, index: (best as Match).index };
  // Typos: compare each word with each value (and its one-word synonyms).
  for (const value of values) {
    const spoken = value.replace(/[_-]+/g, ' ').toLowerCase();
    const candidates = [spoken, ...(fromDescription[value] ?? []), ...(ENUM_SYNONYMS[spoken] ?? [])].filter(
      (c) => !/\s/.test(c) && c.length >= 4,
    );
    for (const w of words) {
      if (w.length < 4) continue;
      for (const c of candidates) {
        const limit = c.length >= 8 ? 2 : 1;
        if (typoDistance(w, c) <= limit) consider(value, 'typo', text.indexOf(w), c.length);
      }
    }
  }
  const found = best as Match | undefined;
  return found ? { value: found.value, via: found.via, index: found.index } : undefined;
}

const EVERYDAY_PLACES = new Set(
  `general advance time total fact person public private bed town city area house home office hospital work school
  the evening evenings morning mornings afternoon night future past meantime case order line queue stock touch
  kitchen bedroom lounge garden basement upstairs downstairs building flat apartment street road car`.split(/\s+/),
);

/** A town or area: compromise's places, or a proper noun after "in"/"near" ("outage in Springfield"). */
function findPlaceUncached(u: Utterance): Found<string> | undefined {
  const doc = docOf(u);
  let place =
    (doc.places().out('array') as string[])[0] ??
    (doc.match('(in|near|around|at|from) [#ProperNoun+]', 0).out('array') as string[])[0];
  if (!place) {
    // Speech-to-text writes places in lower case: "outage in hillcrest". Take the last word after
    // "in"/"near" when it is no ordinary word (not a date, verb, adjective or everyday noun).
    const m = /\b(?:in|near|around)\s+([a-z][a-z'-]{3,})\s*[.!?]?\s*$/i.exec(u.norm);
    const word = m?.[1];
    if (
      word &&
      !EVERYDAY_PLACES.has(word.toLowerCase()) &&
      !nlp(word).has('(#Date|#Value|#Verb|#Adjective|#Adverb|#Pronoun|#Plural|#Uncountable)')
    )
      place = word;
  }
  if (!place) return undefined;
  const clean = place.replace(/[,.!?]+$/, '').trim();
  if (!clean || /\d/.test(clean)) return undefined;
  return { value: titleCase(clean.toLowerCase()), index: Math.max(0, u.lower.indexOf(clean.toLowerCase())) };
}

export function findPlace(u: Utterance): Found<string> | undefined {
  return memo(u, 'place', () => findPlaceUncached(u));
}

/** How an option was found: its own words (or the description's words for it), or a looser reading. */
export type OptionVia = 'exact' | 'synonym' | 'partial' | 'typo';

/**
 * One of the options a description lists, said in the utterance. `aliases` are the description's
 * other words for options ("router (also for Wi-Fi)"); an alias that is itself another option's
 * name redirects it ("Wi-Fi problems are router problems"). Then everyday synonyms, one word of a
 * several-word option, and a typo on long words.
 */
export function findOption(
  u: Utterance,
  options: string[],
  aliases: Record<string, string[]> = {},
): { option: string; via: OptionVia } | undefined {
  const redirected = new Set(
    options.filter((o) =>
      Object.entries(aliases).some(
        ([target, list]) => fold(target) !== fold(o) && list.some((a) => fold(a) === fold(o)),
      ),
    ),
  );
  let best: { option: string; len: number } | undefined;
  const consider = (option: string, phrase: string) => {
    if (phraseIndex(u.lower, phrase.toLowerCase()) >= 0 && (!best || phrase.length > best.len))
      best = { option, len: phrase.length };
  };
  for (const option of options) if (!redirected.has(option)) consider(option, option);
  for (const option of options) for (const alias of aliases[option] ?? []) consider(option, alias);
  if (best) return { option: best.option, via: 'exact' };
  // Everyday synonyms of a one-word option ("wifi" for internet, "telly" for TV).
  const said = new Set(tokens(withoutInnerHyphens(u.lower)).map(representative));
  const bySynonym = options.find((o) => !/\s/.test(o) && said.has(representative(o.toLowerCase())));
  if (bySynonym) return { option: bySynonym, via: 'synonym' };
  const partial = partialMatch(u.lower, options);
  if (partial) return { option: partial, via: 'partial' };
  for (const w of tokens(u.lower)) {
    if (w.length < 5) continue;
    const hit = options.find((o) => !/\s/.test(o) && o.length >= 5 && typoDistance(w, o.toLowerCase()) <= 1);
    if (hit) return { option: hit, via: 'typo' };
  }
  return undefined;
}

/** One of the options a description lists, said in the utterance (a typo allowed on long words). */
export function matchOption(
  u: Utterance,
  options: string[],
  aliases: Record<string, string[]> = {},
): string | undefined {
  return findOption(u, options, aliases)?.option;
}
