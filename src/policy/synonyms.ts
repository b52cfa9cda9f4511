// Word groups: words callers use interchangeably, each read as its group's first word so "my telly
// is frozen" and "the TV is stuck" share features. The groups are data in lexicon/word_groups.ts
// (everyday service-call words and the default lexicon's); apps add theirs (extendLexicon).
import { HEADS_ALSO_THINGS, SERVICE_WORD_GROUPS, WORD_GROUPS } from './lexicon/word_groups.js';
import { IN_PERSON_PHRASES, IN_PERSON_WORD, SETTLING_WORDS } from './lexicon/in_person.js';

const REPRESENTATIVE = new Map<string, string>();
// What the rest of a group reads as where its head names a thing: its first word not a form of the head.
const SECOND = new Map<string, string>();
const THING_HEADS = new Set(HEADS_ALSO_THINGS);
/** Every word the groups know (typo correction may land on any of them). */
export const SYNONYM_WORDS = new Set<string>();
let version = 0;

/** Add word groups (each maps to its first word); a word already in a group keeps its group. */
export function addWordGroups(groups: string[][]): void {
  let added = false;
  for (const group of groups) {
    const head = group[0]?.toLowerCase();
    if (!head) continue;
    // Not a form of the head ("booking" stems to "book"): the first other word ("schedule").
    const second = group.map((w) => w.toLowerCase()).find((w) => !w.startsWith(head));
    if (second && THING_HEADS.has(head) && !SECOND.has(head)) SECOND.set(head, second);
    for (const raw of group) {
      const word = raw.toLowerCase();
      if (REPRESENTATIVE.has(word)) continue;
      REPRESENTATIVE.set(word, REPRESENTATIVE.get(head) ?? head);
      SYNONYM_WORDS.add(word);
      added = true;
    }
  }
  if (added) version += 1;
}

/** Changes whenever groups are added: trained classifiers keyed on it are retrained. */
export function wordGroupsVersion(): number {
  return version;
}

addWordGroups(SERVICE_WORD_GROUPS);
addWordGroups(WORD_GROUPS);

/** The group representative for a word, or the word itself. */
export function representative(word: string): string {
  // Plurals share their singular's group ("invoices" → bill, "routers" → router).
  return (
    REPRESENTATIVE.get(word) ??
    (word.length > 4 && word.endsWith('s') ? REPRESENTATIVE.get(word.replace(/e?s$/, '')) : undefined) ??
    (word.length > 4 && word.endsWith('s') ? REPRESENTATIVE.get(word.slice(0, -1)) : undefined) ??
    word
  );
}

// A word said as a thing: after an article or possessive ("a book", "my books"), or plural.
const DETERMINERS = 'a|an|the|my|your|our|their|his|her|this|that|these|those|any|another|each';

/**
 * Group heads an app's own phrases use as the name of a thing ("renew my books", "put a book on
 * hold"): there the group's verbs ("reserve", "schedule") are not that thing and read as the
 * group's first word that is no form of the head instead (see representativeIn).
 */
export function headsNamingThings(phrases: Iterable<string>): Set<string> {
  const out = new Set<string>();
  const afterDeterminer = new RegExp(`\\b(?:${DETERMINERS})\\s+([a-z]+)\\b`, 'g');
  for (const phrase of phrases) {
    const text = phrase.toLowerCase();
    const words = [...text.matchAll(afterDeterminer)].map((m) => m[1]!);
    for (const w of text.split(/[^a-z]+/)) if (w.endsWith('s')) words.push(w);
    for (const w of words) {
      const single = SECOND.has(w) ? w : w.endsWith('s') && SECOND.has(w.slice(0, -1)) ? w.slice(0, -1) : undefined;
      if (single) out.add(single);
    }
  }
  return out;
}

/** The representative of a word where `thingHeads` (headsNamingThings) name things, not acts. */
export function representativeIn(word: string, thingHeads: ReadonlySet<string>): string {
  const head = representative(word);
  if (head === word || !thingHeads.has(head) || word === `${head}s`) return head;
  return SECOND.get(head) ?? head;
}

/** Two-word expressions that mean one thing ("money back" → refund, "not working" → broken). */
export function joinPhrases(text: string): string {
  // "I'll pay when I come in", "cash at the counter": paying in person is paying at pickup.
  const settled = SETTLING_WORDS.test(text) ? text.replace(IN_PERSON_PHRASES, ` ${IN_PERSON_WORD} `) : text;
  return (
    settled
      .replace(/\bmoney back\b/g, 'refund')
      // "the mailing address": where letters go, an address (not the email service).
      .replace(/\b(?:mailing|postal|post|street|physical) (address(?:es)?)\b/g, '$1')
      .replace(
        /\b(?:not|isn't|is not|doesn't|does not|stopped|stop|won't|will not|never) (?:work|working|works|worked|workin|wokring|go(?:ing)? through|connecting|loading|reaching|arriving|responding|sending|going out|coming through|starting|opening|turning on|syncing|saving)\b/g,
        'broken',
      )
      .replace(/\b(?:cut|cutting|cuts|drop|drops|dropping|keeps? dropping) out\b/g, 'drop')
      // "drops, then comes back": a thing recovering, never the caller asking to go back to a desk.
      .replace(/\b(?:comes|came|coming) back(?: on| up)?\b/g, 'recovers')
      .replace(/\b(?:tim(?:es|ed|ing)|time) out\b/g, 'timeout')
      .replace(/\bcall(?:ing|ed)? (?:me )?back\b/g, 'callback')
      .replace(/\b(?:ring|phone) (?:me )?back\b/g, 'callback')
      // "can someone call me tomorrow at ten", "ring me tonight": a call to the caller at a time
      // ("call me on …"/"at …" may be a number, so only words of when)
      // (never "you can call me Dave").
      .replace(
        /\b(?:call|ring|phone|give me a (?:call|ring)) me(?= (?:tomorrow|tonight|today|later|this|next|around|after|before|when|once|between|asap|soon|instead)\b)/g,
        'callback',
      )
      .replace(/\bno (?:service|signal|bars|reception)\b/g, 'nosignal signal')
      .replace(/\bdial tone\b/g, 'dialtone')
      .replace(/\bnothing (?:works|is working|happens|loads)\b/g, 'broken')
      .replace(/\b(is|are|went|goes|gone|has gone|have gone)( \w+)? out\b/g, '$1$2 down')
      .replace(/\bother people\b/g, 'others')
      // "no sound", "can't log in": something that should work does not.
      .replace(/\b(?:cannot|can not|unable to|can't) (?=\w)/g, 'broken ')
      .replace(
        /\bno (?!thanks?\b|thank you\b|problem\b|worries\b|way\b|idea\b|one\b|need\b|more\b|longer\b|rush\b|hurry\b)(\w+)/g,
        '$1 broken',
      )
  );
}
