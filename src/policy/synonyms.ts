// Word groups: words callers use interchangeably, each read as its group's first word so "my telly
// is frozen" and "the TV is stuck" share features. The groups are data in lexicon/word_groups.ts
// (everyday service-call words and the default lexicon's); apps add theirs (extendLexicon).
import { SERVICE_WORD_GROUPS, WORD_GROUPS } from './lexicon/word_groups.js';
import { IN_PERSON_PHRASES, IN_PERSON_WORD, SETTLING_WORDS } from './lexicon/in_person.js';

const REPRESENTATIVE = new Map<string, string>();
/** Every word the groups know (typo correction may land on any of them). */
export const SYNONYM_WORDS = new Set<string>();
let version = 0;

/** Add word groups (each maps to its first word); a word already in a group keeps its group. */
export function addWordGroups(groups: string[][]): void {
  let added = false;
  for (const group of groups) {
    const head = group[0]?.toLowerCase();
    if (!head) continue;
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

/** Two-word expressions that mean one thing ("money back" → refund, "not working" → broken). */
export function joinPhrases(text: string): string {
  // "I'll pay when I come in", "cash at the counter": paying in person is paying at pickup.
  const settled = SETTLING_WORDS.test(text) ? text.replace(IN_PERSON_PHRASES, ` ${IN_PERSON_WORD} `) : text;
  return (
    settled
      .replace(/\bmoney back\b/g, 'refund')
      .replace(
        /\b(?:not|isn't|is not|doesn't|does not|stopped|stop|won't|will not|never) (?:work|working|works|workin|wokring|go(?:ing)? through|connecting|loading|reaching|arriving|responding|sending|going out|coming through|starting|opening|turning on|syncing|saving)\b/g,
        'broken',
      )
      .replace(/\b(?:cut|cutting|cuts|drop|drops|dropping|keeps? dropping) out\b/g, 'drop')
      .replace(/\b(?:tim(?:es|ed|ing)|time) out\b/g, 'timeout')
      .replace(/\bcall(?:ing|ed)? (?:me )?back\b/g, 'callback')
      .replace(/\b(?:ring|phone) (?:me )?back\b/g, 'callback')
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
