// A name argument that is someone else's ("pet name", "child name"), not the caller's: it takes the
// name said after "my <noun>" or "called/named", and never the caller's own introduction.
import nlp from 'compromise';
import { CALLER_NAME_WORDS, RELATION_NOUNS } from '../lexicon/index.js';
import type { ParamSpec } from '../param_spec.js';
import { looksLikeName } from './person_name.js';
import { titleCase } from './utterance.js';
import { escapeRegExp } from '../regexp.js';

/** The label names whose name it is, and that is not the caller ("pet name", "child's name"). */
export function namesSomeoneElse(p: ParamSpec): boolean {
  return labelNamesSomeoneElse(p.label);
}

/** The same for any label: a userdata field ("petName" → "pet name") or an argument's. */
export function labelNamesSomeoneElse(label: string): boolean {
  const words = label
    .toLowerCase()
    .replace(/['\u2019]s\b/g, '')
    .split(/[\s_-]+/)
    .filter(Boolean);
  return words.includes('name') && words.some((w) => !CALLER_NAME_WORDS.has(w));
}

// Words after "my" that are not a noun introducing a name ("my own", "my usual").
const NOT_A_NOUN = new Set(
  `name number account own usual regular other first second last new old appointment order booking email phone
  card address and or but is was has had will`.split(/\s+/),
);
const FUNCTION_WORDS = new Set(
  `a an the my your his her its our their this that these those and or but so to of in on at for with from by
  is was be has had have will would can could please thanks thank yes no not is it he she they`.split(/\s+/),
);

/**
 * "a checkup for my cat Mochi", "my daughter, Ava", "a guinea pig called Nibbles", "his name is
 * Nibbles": the name said right after a noun of the caller's, after "called"/"named", or as his or
 * her name. Undefined when none was said.
 */
export function nameAfterNoun(text: string): string | undefined {
  // The name ends the clause or comes before where or when ("get my cat Mochi in for her exam"):
  // "my golden retriever" is no dog called Retriever, as "golden" is no noun.
  const after = String.raw`,?\s+([A-Za-z][a-z'-]+)(?=\s*(?:$|[,.!?;]|\s(?:and|who|is|has|for|in|into|to|at|with|on|over|today|tomorrow|this|next)\b))`;
  const cues = [
    /\b(?:called|named)\s+([A-Za-z][a-z'-]+)\b/i,
    // "his name is nibbles": the name of someone the caller talks about, never "my name is".
    /\b(?:his|her|its|their)\s+name(?:['\u2019]s|\s+is)\s+([A-Za-z][A-Za-z'-]+)\b/i,
    new RegExp(String.raw`\bmy\s+[a-z]+\s+([a-z]+)${after}`, 'i'),
    new RegExp(String.raw`\bmy\s+([a-z]+)${after}`, 'i'),
  ];
  for (const cue of cues) {
    const m = cue.exec(text);
    if (!m) continue;
    const noun = m.length > 2 ? m[1]!.toLowerCase() : undefined;
    const name = m.at(-1)!;
    if (noun && (NOT_A_NOUN.has(noun) || FUNCTION_WORDS.has(noun))) continue;
    if (FUNCTION_WORDS.has(name.toLowerCase()) || NOT_A_NOUN.has(name.toLowerCase())) continue;
    if (noun && nlp(noun).has('(#Adjective|#Verb|#Adverb)')) continue;
    // "my dog rusty," / "my cat lucky.": a word that could describe ends the clause after the
    // noun, so it is the name ("my dog sick" is no way to say it).
    const endsClause = /^\s*(?:[,.!?;]|$)/.test(text.slice(m.index + m[0].length));
    if (!looksLikeName([name]) && !(noun && endsClause && describingWordOnly(name))) continue;
    return titleCase(name);
  }
  return undefined;
}

/** A word that only describes ("rusty", "lucky"): no verb, adverb or function word. */
function describingWordOnly(word: string): boolean {
  const t = nlp(word);
  return (
    t.has('#Adjective') &&
    !t.has('(#Verb|#Adverb|#Preposition|#Determiner|#Pronoun|#Conjunction|#Value|#Date|#QuestionWord)')
  );
}

/**
 * The caller introduced themself with this name ("my name is Dev Raman", "this is Ana", "I'm
 * Priya's husband": someone of theirs is no pet). "It's Pickle's jabs" names whose thing it is.
 */
export function introducedAs(text: string, name: string): boolean {
  const first = escapeRegExp(name.split(/\s+/)[0]!);
  const m = new RegExp(
    `\\b(?:my name is|my name's|(?<!\\b(?:his|her|its|their)\\s)name is|(?<!\\b(?:his|her|its|their)\\s)name's|call me|this is|i am|i'm|im|it's|you're speaking (?:to|with))\\s+${first}\\b`,
    'i',
  ).exec(text);
  if (!m) return false;
  const owned = /^['\u2019]s\s+([a-z]+)/i.exec(text.slice(m.index + m[0].length));
  return !owned || RELATION_NOUNS.has(owned[1]!.toLowerCase());
}

const NOT_OWNERS = new Set(
  `today tomorrow yesterday week month year monday tuesday wednesday thursday friday saturday sunday that it what
  who there here one everyone someone nobody let morning afternoon evening night noon lunchtime weekend`.split(/\s+/),
);
// "morning's better", "pepper's fine now": "'s" for "is" before how something is, no owner's thing.
const IS_BEFORE = /^\s+(?:better|best|fine|good|great|ok|okay|easier|perfect|not|no good|too)\b/i;

/** "cancel luna's appointment": whose thing it is, as a name. */
export function possessiveName(text: string): string | undefined {
  // The first possessive that is a name: "it's" or "that's" before it ("hi it's priya, did
  // mochi's test come back") is no owner.
  // The next word is looked at, not taken: "it's pickle's jabs" reads "pickle's" after "it's".
  for (const m of text.matchAll(/\b([A-Za-z][a-z'-]*?)['\u2019]s(?=\s+[a-z])/gi)) {
    const name = m[1]!;
    if (NOT_OWNERS.has(name.toLowerCase()) || FUNCTION_WORDS.has(name.toLowerCase()) || !looksLikeName([name]))
      continue;
    if (IS_BEFORE.test(text.slice(m.index + m[0].length))) continue;
    return titleCase(name);
  }
  return undefined;
}
