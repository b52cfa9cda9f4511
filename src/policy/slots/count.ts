// Counts said right before the thing counted ("two margherita pizzas", "3 coffees").
import { TEENS, TENS, UNITS } from '../../spoken/number_words.js';
import { GROUP_PLACE, PEOPLE_NOUNS, RELATION_NOUNS } from '../lexicon/index.js';
import { type Utterance, type Found, memo, withoutEmails } from './utterance.js';

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
function findCountsUncached(u: Utterance): Count[] {
  const out: Count[] = [];
  const words = Object.keys(COUNT_WORDS).join('|');
  const re = new RegExp(
    `(?<![\\w$.,/:-])(\\d{1,3}|(?:${words})(?:[\\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?)\\s+([a-z][a-z'-]*)`,
    'gi',
  );
  const text = withoutEmails(u.norm);
  for (const m of text.matchAll(re)) {
    const next = m[2]!.toLowerCase();
    const rest = text.slice((m.index ?? 0) + m[0].length);
    // After the noun: "the penne, three of those", "two of the diavola", "make it 3 please".
    const after = next === 'of' ? /^\s+(?:those|these|this|them|that|it|each|the|my|your)\b/i.test(rest) : false;
    // "five of us" counts people: only a count of people takes it (not three portions of a dish).
    // "twelve on the team" counts people too.
    const people = (next === 'of' && /^\s+us\b/i.test(rest)) || GROUP_PLACE.test(`${next}${rest}`);
    const closing = /^(?:please|pls|thanks|thank)$/.test(next) && /^\s*(?:you)?\s*[.!?]?\s*$/i.test(rest);
    if (NOT_COUNTED.has(next) && !after && !closing && !people) continue;
    const said = m[1]!.toLowerCase().split(/[\s-]+/);
    // "he's the one taking her", "that one", "which one": a pointer, not a count.
    if (
      said.join(' ') === 'one' &&
      /\b(?:the|that|this|which|each|every|any|no|other)\s+$/i.test(text.slice(0, m.index))
    )
      continue;
    const value = /^\d/.test(said[0]!) ? Number(said[0]) : said.reduce((sum, w) => sum + (COUNT_WORDS[w] ?? 0), 0);
    // "two kids bikes", "my two kids' bikes": the bikes are counted, the kids only say whose.
    const owners = ownersOf(next, rest);
    const headcount = !owners && (people || PEOPLE_NOUNS.has(next) || COMPANIONS.test(next));
    // "me and two friends", "my two kids and me": the speaker comes on top of those counted.
    const withMe =
      headcount &&
      (/\bme,? and (?:my |our )?$/i.test(text.slice(Math.max(0, (m.index ?? 0) - 12), m.index)) ||
        /^,? (?:and|plus) (?:me|myself)\b/i.test(rest));
    if (withMe && value > 0) out.push({ value: value + 1, index: m.index, people: true, headcount: true });
    else if (value > 0)
      out.push(
        people
          ? { value, index: m.index, people, headcount }
          : { value, index: m.index, headcount, ...(owners ? { owned: true } : {}) },
      );
  }
  // A group of one or two said without a number: "just me", "it's only me", "me and my partner".
  for (const m of text.matchAll(ALONE)) out.push({ value: 1, index: m.index, people: true, headcount: true });
  for (const m of text.matchAll(A_PAIR)) out.push({ value: 2, index: m.index, people: true, headcount: true });
  // "just me and one part timer, so two": the group's members, then how many that makes. The
  // total stands for the group; the members said before it are only its parts.
  const total = groupTotal(text, words);
  if (total) return [...out.filter((c) => c.index > total.index), total].sort((a, b) => a.index - b.index);
  return out.sort((a, b) => a.index - b.index);
}

/** "me and my partner, so two", "three of us plus Sam, that makes four": the group's total. */
function groupTotal(text: string, countWords: string): Count | undefined {
  const re = new RegExp(
    `(?:,\\s*|\\b)(?:so|that'?s|that makes|which makes|making it|so that'?s)\\s+(\\d{1,3}|(?:${countWords})(?:[\\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?)(?:\\s+(?:of us|people|in total|total|altogether|all together|all in))?(?=\\s*(?:$|[,.;!?]|\\s(?:and|but|for now|i think)\\b))`,
    'gi',
  );
  for (const m of text.matchAll(re)) {
    const before = text.slice(0, m.index);
    // Only after the members of a group were named ("me and…", "my wife and I", "plus two").
    if (!/\b(?:me|myself|us|i)\b[^.?!]*\b(?:and|plus|with)\b/i.test(before)) continue;
    const said = m[1]!.toLowerCase().split(/[\s-]+/);
    const value = /^\d/.test(said[0]!) ? Number(said[0]) : said.reduce((sum, w) => sum + (COUNT_WORDS[w] ?? 0), 0);
    if (value > 1) return { value, index: m.index + m[0].indexOf(m[1]!), people: true, headcount: true };
  }
  return undefined;
}

// Who comes along, counted ("two friends", "my three kids"): people, though no headcount word.
const COMPANIONS = /^(?:friends?|kids?|children|sons?|daughters?|grandkids|grandchildren|mates|buddies|pals|guests?)$/i;

/** "kids" in "two kids bikes": people named only to say whose the counted things are. */
function ownersOf(next: string, rest: string): boolean {
  const owned = OWNED_THINGS.exec(rest)?.[1]?.toLowerCase();
  return (
    (COMPANIONS.test(next) || PEOPLE_NOUNS.has(next)) &&
    owned !== undefined &&
    !PEOPLE_NOUNS.has(owned) &&
    !COMPANIONS.test(owned)
  );
}

// A plural noun straight after a companion word: what they own is what is counted.
const OWNED_THINGS =
  /^'?\s+(?!(?:and|or|are|were|was|will|would|who|with|to|for|at|in|on|from|please|plus|is|has|have|this|these|those|thanks|across|always|perhaps|unless|besides|towards|sometimes|does|says|thus|yes|less|ours|yours|theirs|its|whereas)\b)([a-z]{3,}s)\b/i;

// "just me and my girlfriend" is two: alone only when no one is added after.
const ALONE =
  /\b(?:(?:just|only) (?:me|myself)|it'?s (?:just|only) me|(?:by|on) my own|by myself|a one[- ](?:person|man|woman) (?:shop|band|business|team|operation)|i work alone|i'?m (?:a )?solo)\b(?!,? (?:and|plus|with) (?:my|our|a|an|the)\b)/gi;
// The caller and one other ("me and my girlfriend", "my wife and I"); "the two of us" is read
// above, as "N of us". A relation said in the plural ("me and my kids") is no pair.
const ONE_OTHER = `(?:${[...RELATION_NOUNS, 'business partner', 'cofounder', 'co-founder'].join('|')})`;
const A_PAIR = new RegExp(
  `\\b(?:me and my ${ONE_OTHER}|my ${ONE_OTHER} and (?:me|i|myself))\\b(?!,? (?:and|plus|with)\\b)`,
  'gi',
);

/** A count; `people` when it counts the speakers' group ("five of us"). */
export interface Count extends Found<number> {
  people?: boolean;
  /** Said with a word that counts people ("fourteen users", "five of us", "just me"). */
  headcount?: boolean;
  /** Counts things said with whose they are ("two kids bikes"). */
  owned?: boolean;
}

/** Counts of things; with `people`, also counts of the speakers' group ("five of us"). */
export function findCounts(u: Utterance, opts: { people?: boolean } = {}): Count[] {
  const all = memo(u, 'counts', () => findCountsUncached(u));
  return opts.people ? all : all.filter((c) => !c.people);
}

/** Headcounts: a number said with a word that counts people ("fourteen users", "twelve on the team"). */
export function findHeadcounts(u: Utterance): Count[] {
  return findCounts(u, { people: true }).filter((c) => c.headcount);
}
