// The caller's company or organisation: capitalised words after a cue ("from Acme Corp", "my
// company is Kaimo Labs"), after "at"/"with" following a name or a role ("Mei Lin with Harbor
// Realty", "VP of sales at Northwind Freight"), or the capitalised words that follow the caller's
// name in an introduction ("Carla Mendes, Brightside Dental Group, we need …"). Nothing when the
// words are a date, a place or a person.
import nlp from 'compromise';
import {
  AFFILIATION_WORDS,
  BRANCH_PLACE_WORDS,
  BRANCH_PLACES,
  ORGANIZATION_CUES,
  ORGANIZATION_JOINERS,
  ROLE_WORDS,
  STREET_TYPES,
} from '../lexicon/index.js';
import { findPersonName } from './person_name.js';
import { type Found, type Utterance, memo, withoutEmails } from './utterance.js';
import { escapeRegExp } from '../regexp.js';

// Longest organisation name read, in words.
const MAX_WORDS = 5;

interface Run {
  text: string;
  /** The name ends the clause (a comma, a full stop or the end of the line). */
  closed: boolean;
}

/** The capitalised words opening `rest` ("Brightside Labs, we're …" → "Brightside Labs"). */
function capitalisedRun(rest: string): Run | undefined {
  const words: string[] = [];
  let closed = false;
  const tokens = rest.split(/\s+/).filter(Boolean);
  for (const [i, raw] of tokens.entries()) {
    const w = raw.replace(/[,.!?;:]+$/, '');
    const capital = /^[A-Z][\w'&.-]*$/.test(w);
    if (!capital && !(words.length > 0 && ORGANIZATION_JOINERS.has(w.toLowerCase()))) break;
    words.push(w);
    if (w !== raw || i === tokens.length - 1) {
      closed = true;
      break;
    }
    if (words.length >= MAX_WORDS) break;
  }
  while (words.length && ORGANIZATION_JOINERS.has(words.at(-1)!.toLowerCase())) {
    words.pop();
    closed = false;
  }
  if (!words.length || words[0] === 'I') return undefined;
  // A day, a city or a person's name is not where someone works ("at Tuesday", "from Chicago").
  const doc = nlp(words.join(' '));
  if (doc.has('#Organization')) return { text: words.join(' '), closed };
  if (doc.match('^(#City|#Country|#Region)+$').found) return undefined;
  if (words.every((w) => nlp(w).has('(#Date|#Person|#Pronoun|#Value)'))) return undefined;
  return { text: words.join(' '), closed };
}

function findOrganizationUncached(u: Utterance): Found<string> | undefined {
  const text = withoutEmails(u.norm);
  const at = (index: number, run: Run | undefined) => (run ? { value: run.text, index } : undefined);
  for (const m of text.matchAll(ORGANIZATION_CUES)) {
    const found = at(m.index + m[0].length, capitalisedRun(text.slice(m.index + m[0].length)));
    if (found) return found;
  }
  for (const m of text.matchAll(AFFILIATION_WORDS)) {
    const before = text.slice(0, m.index).trim().split(/\s+/);
    const previous = before.at(-1) ?? '';
    const role = before.slice(-4).some((w) => ROLE_WORDS.has(w.toLowerCase().replace(/[,.]+$/, '')));
    if (!role && !/^[A-Z][a-z'-]+$/.test(previous)) continue;
    const found = at(m.index + m[0].length, capitalisedRun(text.slice(m.index + m[0].length)));
    if (found) return found;
  }
  // "Carla Mendes, Brightside Dental Group, …": the name, then the organisation on its own.
  const name = findPersonName(u, false);
  const afterName = name ? new RegExp(`${escapeRegExp(name)}\\s*,\\s*`, 'i').exec(text) : null;
  if (afterName) {
    const run = capitalisedRun(text.slice(afterName.index + afterName[0].length));
    if (run?.closed) return { value: run.text, index: afterName.index + afterName[0].length };
  }
  return undefined;
}

/** The caller's company or organisation, when they named it. */
export function findOrganization(u: Utterance): Found<string> | undefined {
  return memo(u, 'organization', () => findOrganizationUncached(u));
}

// Longest business name and place read for a branch, in words.
const MAX_BRANCH_WORDS = 3;
// Words that end a business's name when read backwards from its place ("it's at the cvs on …").
const BEFORE_BRANCH = new Set(
  `the a an at from is it's its was to my our your their his her this that of for in on with and or but um uh so
  it i we me us them yes yeah no ok okay well then just also over here there`.split(/\s+/),
);

function findBranchUncached(u: Utterance): Found<string> | undefined {
  const text = withoutEmails(u.norm);
  const tokens = [...text.matchAll(/[^\s]+/g)].map((m) => ({ raw: m[0], index: m.index, word: m[0].toLowerCase() }));
  const bare = (w: string) => w.replace(/[,.!?;:]+$/, '');
  for (const [i, t] of tokens.entries()) {
    if (!BRANCH_PLACE_WORDS.test(t.word) || i === 0 || /[,.!?;:]$/.test(tokens[i - 1]!.raw)) continue;
    // The place: a street ("on main street", "on mass ave") or a square, a mall…, within a few words.
    let end = -1;
    for (let j = i + 1; j <= Math.min(tokens.length - 1, i + 1 + MAX_BRANCH_WORDS); j++) {
      const w = bare(tokens[j]!.word);
      if (/\d/.test(w)) break;
      if (j > i + 1 && (STREET_TYPES.has(w) || BRANCH_PLACES.has(w))) {
        end = j;
        break;
      }
      if (tokens[j]!.raw !== bare(tokens[j]!.raw)) break;
    }
    if (end < 0) continue;
    // The business: the words just before, back to a function word or a clause's edge.
    let start = i;
    while (start > 0 && i - start < MAX_BRANCH_WORDS) {
      const prev = tokens[start - 1]!;
      if (prev.raw !== bare(prev.raw) || BEFORE_BRANCH.has(prev.word) || /\d/.test(prev.word)) break;
      start -= 1;
    }
    if (start === i) continue;
    const words = tokens.slice(start, end + 1).map((x) => bare(x.raw));
    return { value: words.join(' '), index: tokens[start]!.index };
  }
  return undefined;
}

/**
 * A business named by its branch, as callers say it in any case ("the cvs on main street", "walgreens
 * in central square"): the name just before where it stands. For arguments naming another business.
 */
export function findBranch(u: Utterance): Found<string> | undefined {
  return memo(u, 'branch', () => findBranchUncached(u));
}
