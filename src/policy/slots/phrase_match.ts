// Word and phrase matching shared by the enum and option extractors: whole words, not negated,
// hyphens and spaces alike, and one distinctive word of a several-word value.
import { representative } from '../synonyms.js';
import { stem } from '../lexicon/stem.js';
import { aliasesIn, phrasePattern, withoutInnerHyphens } from '../description_aliases.js';

/** Synonyms the app wrote into a description: "technical (internet, wifi), billing (refunds)". */
export function synonymsFromDescription(description: string, values: string[]): Record<string, string[]> {
  return aliasesIn(description, values);
}

export function tokens(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9']+/)
    .filter(Boolean);
}

/** Position of phrase in text if present as whole words (and not negated), else -1. Hyphens and spaces inside words are alike. */
export function phraseIndex(text: string, phrase: string): number {
  // A plural of the phrase is the phrase ("three cheese pizzas" names "cheese pizza").
  const plural = /[a-z]$/i.test(phrase) ? '(?:e?s)?' : '';
  const re = new RegExp(`(?<![a-z0-9])${phrasePattern(phrase)}${plural}(?![a-z0-9])`, 'i');
  const m = re.exec(text) ?? re.exec(withoutInnerHyphens(text));
  if (!m) return -1;
  const before = text.slice(Math.max(0, m.index - 8), m.index);
  if (/\b(?:not|no|isn't|non)\s*-?$/i.test(before) && !/^not\b/.test(phrase)) return -1;
  return m.index;
}

/**
 * Where a synonym is said, as `phraseIndex`; a listed "not eating" also as the caller says it:
 * "won't eat", "hasn't eaten", "isn't eating", "stopped eating", "not really eating".
 */
export function synonymIndex(text: string, synonym: string): number {
  const direct = phraseIndex(text, synonym);
  if (direct >= 0) return direct;
  const verb = /^not ([a-z]{2,}?)(?:ing)$/.exec(synonym.toLowerCase())?.[1];
  if (!verb) return -1;
  const m = new RegExp(
    `\\b(?:not|never|\\w+n['\u2019]?t|stopped|quit)\\s+(?:(?:been|really|even|much|anything|properly)\\s+){0,2}${verb}(?:e?s|e?n|ing|ed)?\\b`,
    'i',
  ).exec(text);
  return m ? m.index : -1;
}

// Words of a several-word value that say nothing on their own ("the", "of").
// Hedges too ("just", "only"): "the trial just ended" names no "just looking".
const PARTIAL_SKIP = new Set([
  'the',
  'a',
  'an',
  'of',
  'and',
  'or',
  'for',
  'my',
  'your',
  'other',
  'new',
  'old',
  'just',
  'only',
]);

// Particles and prepositions: they tell "move in" from "move out" once "move" is said, but alone
// name nothing ("i'm on a flex fare" names no "carry on").
const PARTICLES = new Set(['on', 'in', 'at', 'to', 'by', 'up', 'off', 'out', 'with']);

/** A verb with its preposition ("looking to start", "looking for a tool"): not a listed value's word. */
export const VERB_WITH_PREPOSITION = /\b[a-z]+ing\s+(?:to|for|at|into|around|forward)\b/gi;

/**
 * A value with several words named by one of them ("no sound on the tv" → "TV box", "the box" →
 * "TV box"), when that word belongs to exactly one value. Ambiguous words name nothing.
 */
// A word said as the label of a value ("the driver is Jamie Fox", "my contact's name is …"): it
// says what the next words are, not which listed value ("additional driver") is meant.
const LABEL_OF_VALUE = /\b(?:the|my|our|main)\s+[a-z]+(?:['’]s\s+name)?\s+(?:is|was|will be)\b/gi;

// A detail asked of someone the word names ("the surname of the driver on the booking", "the
// driver's phone number"): it asks who or how to reach them, not for the listed value.
const DETAIL_OF_WORD =
  /\b(?:(?:sur|first |last |full )?name|phone(?: number)?|number|e-?mail|address|licen[cs]e) of (?:the|your|my|our|each) [a-z]+\b|\b(?:the|your|my|our) [a-z]+['’]s (?:(?:sur|first |last |full )?name|phone(?: number)?|number|e-?mail|address|licen[cs]e)\b/gi;

/** The text with labels of values blanked out, same length ("the driver is Jamie" → "             Jamie"). */
export function withoutValueLabels(text: string): string {
  return text.replace(LABEL_OF_VALUE, (m) => ' '.repeat(m.length)).replace(DETAIL_OF_WORD, (m) => ' '.repeat(m.length));
}

export function partialMatch(
  text: string,
  values: string[],
  aliases: Record<string, string[]> = {},
): string | undefined {
  // A verb with its preposition ("looking to start", "looking for a tool") is not the value's word.
  const plain = withoutValueLabels(withoutInnerHyphens(text).replace(VERB_WITH_PREPOSITION, ' '));
  const said = new Set(tokens(plain).map(representative));
  const hits = new Set<string>();
  for (const value of values) {
    const words = tokens(value.replace(/[_-]+/g, ' ')).filter((w) => w.length >= 2 && !PARTIAL_SKIP.has(w));
    if (words.length < 2) continue;
    // A word another value's own description words share ("check" of "check in" where another
    // value lists "checked bags") is as ambiguous as one two values' names share.
    const elsewhere = (w: string) =>
      values.some((v) => v !== value && (aliases[v] ?? []).some((a) => tokens(a).some((t) => stem(t) === stem(w))));
    // "moved out": the value's other word in any form ("move" of "moved", "moving").
    const formOf = (t: string, o: string) =>
      stem(t) === stem(o) || (t.startsWith(o.replace(/e$/, '')) && t.length - o.length <= 3);
    const withOther = (w: string) =>
      words.some((o) => o !== w && !PARTICLES.has(o) && [...said].some((t) => formOf(t, o)));
    if (
      words.some(
        (w) =>
          said.has(representative(w)) &&
          values.filter((v) => hasWord(v, w)).length === 1 &&
          !elsewhere(w) &&
          (!PARTICLES.has(w) || withOther(w)),
      )
    )
      hits.add(value);
  }
  return hits.size === 1 ? [...hits][0] : undefined;
}

function hasWord(value: string, word: string): boolean {
  return tokens(value.replace(/[_-]+/g, ' ')).some((w) => representative(w) === representative(word));
}
