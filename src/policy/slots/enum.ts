// Enum values: by name, by the lexicon's and the description's synonyms, by another form of the word, or by a typo.
import { typoDistance } from '../lexical_scorer.js';
import { ENUM_SYNONYMS, stem } from '../lexicon/index.js';
import { GENERIC_WORDS } from '../lexicon/generic_words.js';
import { wordNetAlternatives } from '../lexicon/wordnet.js';
import { type Utterance, docOf, withoutGreetingTimes } from './utterance.js';
import { matchDistinctive, matchListed } from './listed_values.js';
import {
  tokens,
  phraseIndex,
  partialMatch,
  synonymIndex,
  synonymsFromDescription,
  withoutValueLabels,
} from './phrase_match.js';
import { correctionPoints } from './self_correction.js';
import { glossesIn } from '../description_aliases.js';

// Words that rule out what follows them ("not the audiobook", "rather than email").
const RULED_OUT_BEFORE =
  /\b(?:not|no|never|rather than|instead of|other than|except|apart from)\s+(?:(?:the|a|an|any|my|on)\s+)?$/;

const HEDGES = /\b(?:about|around|roughly|approximately|maybe|probably|like|say|some|just about)\s+(?=\S)/g;

/**
 * Match an enum value by name, synonym or a near-miss spelling. Returns the value and how it was
 * found, so callers can trust exact matches more than typo matches.
 */
export function matchEnum(
  u: Utterance,
  values: string[],
  description = '',
  listed?: Record<string, string>,
): { value: string; via: 'exact' | 'synonym' | 'typo'; index: number } | undefined {
  // "it's just me for now" says nothing of when: "for now" is not the listed "now" (padded).
  // "good morning, a check-up please" says nothing of the morning (padded).
  const text = withoutGreetingTimes(u.lower.replace(/\bfor now\b/g, '       '));
  // "in about six months" is the listed "in six months": hedges left out (same length, so indexes hold).
  // "within a couple of months" is the listed "in a couple of months" (padded, so indexes hold).
  const unhedged = text.replace(HEDGES, (m) => ' '.repeat(m.length)).replace(/\bwithin\b/g, 'in    ');
  const fromDescription = synonymsFromDescription(description, values);
  const joined = text.replace(/\b([a-z])-(?=[a-z])/g, '$1');
  type Match = { value: string; via: 'exact' | 'synonym' | 'typo'; index: number; len: number };
  let best = undefined as Match | undefined;
  const consider = (value: string, via: 'exact' | 'synonym' | 'typo', index: number, len: number) => {
    const rank = { exact: 3, synonym: 2, typo: 1 };
    if (!best || rank[via] > rank[best.via] || (rank[via] === rank[best.via] && len > best.len))
      best = { value, via, index, len };
  };
  // A value named outright beats synonyms of another. Several named ("the big storm … water coming
  // into the attic"): the one more of the words point to (storm: "tree", "roof"), then the longest.
  const named: (Match & { hits: number })[] = [];
  for (const value of values) {
    const spoken = value.replace(/[_-]+/g, ' ').toLowerCase();
    // "e-bike" is the value "ebike" (the index is near enough: it only orders the values said).
    const idx = Math.max(phraseIndex(text, spoken), phraseIndex(joined, spoken));
    let hits = idx >= 0 ? 1 : 0;
    let synonym: { index: number; len: number } | undefined;
    for (const syn of [...(fromDescription[value] ?? []), ...(ENUM_SYNONYMS[spoken] ?? [])]) {
      const said = synonymIndex(text, syn);
      const sIdx = said >= 0 ? said : phraseIndex(unhedged, syn);
      if (sIdx < 0) continue;
      hits += 1;
      if (!synonym || syn.length > synonym.len) synonym = { index: sIdx, len: syn.length };
    }
    if (idx >= 0) named.push({ value, via: 'exact', index: idx, len: spoken.length, hits });
    else if (synonym) named.push({ value, via: 'synonym', index: synonym.index, len: synonym.len, hits });
  }
  // "the regular book, not the audiobook": a value said as ruled out is not the one meant, when
  // another is named.
  const meant = named.filter((n) => !RULED_OUT_BEFORE.test(text.slice(Math.max(0, n.index - 24), n.index)));
  if (meant.length > 0 && meant.length < named.length) named.splice(0, named.length, ...meant);
  // "monthly, no wait, fortnightly": a value named after a correction cue takes back the one before.
  const taken = correctionPoints(text)
    .reverse()
    .find((p) => named.some((n) => n.index >= p.end) && named.some((n) => n.index < p.start));
  if (taken) named.splice(0, named.length, ...named.filter((n) => n.index >= taken.end));
  const rank = { exact: 3, synonym: 2, typo: 1 };
  const exact = named.sort((x, y) => rank[y.via] - rank[x.via] || y.hits - x.hits || y.len - x.len)[0];
  if (exact) return { value: exact.value, via: exact.via, index: exact.index };
  const partial = partialMatch(text, values, fromDescription);
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
  // "my kid's bike" is the kids' kind: a possessive says the plural value's word.
  for (const value of values) {
    const spoken = value.replace(/[_-]+/g, ' ').toLowerCase();
    if (!/^[a-z]{3,}s$/.test(spoken)) continue;
    const at = text.search(new RegExp(`\\b${spoken.slice(0, -1)}['\u2019]s\\b`));
    if (at >= 0) consider(value, 'synonym', at, spoken.length);
  }
  if (best) return { value: (best as Match).value, via: (best as Match).via, index: (best as Match).index };
  // Words only the phrase the tool's description lists for a value has ("open" of "opening hours").
  const fromList = matchListed(u, listed);
  if (fromList && values.includes(fromList)) return { value: fromList, via: 'synonym', index: 0 };
  // A word only one value's own words in the description have ("skipping" of "gears skip or slip").
  if (Object.keys(fromDescription).length > 0) {
    const distinct = distinctiveIn(u, values, fromDescription);
    if (distinct) return { value: distinct, via: 'synonym', index: 0 };
  }
  // A person's name is no kind of thing ("Ben Okoro": "ben" is also a Scottish mountain).
  const people = new Set(
    (docOf(u).match('(#FirstName|#Person)').out('array') as string[]).flatMap((p) => p.toLowerCase().split(/\s+/)),
  );
  const viaWordNet = wordNetMatch(
    words.filter((w) => !people.has(w)),
    values,
    fromDescription,
  );
  if (viaWordNet) return { value: viaWordNet.value, via: 'synonym', index: text.indexOf(viaWordNet.word) };
  // Typos: compare each word with each value (and its one-word synonyms). A word the description
  // itself uses is spelled as meant ("bike" of "the kind of bike" is no typo of "ebike").
  const described = new Set(tokens(description.toLowerCase()));
  for (const value of values) {
    const spoken = value.replace(/[_-]+/g, ' ').toLowerCase();
    const candidates = [spoken, ...(fromDescription[value] ?? []), ...(ENUM_SYNONYMS[spoken] ?? [])].filter(
      (c) => !/\s/.test(c) && c.length >= 4,
    );
    for (const w of words) {
      if (w.length < 4 || (described.has(w) && !values.includes(w))) continue;
      for (const c of candidates) {
        const limit = c.length >= 8 ? 2 : 1;
        if (typoDistance(w, c) <= limit) consider(value, 'typo', text.indexOf(w), c.length);
      }
    }
  }
  const found = best as Match | undefined;
  return found ? { value: found.value, via: found.via, index: found.index } : undefined;
}

/**
 * The one value a word the tool's description lists for it names ("parrot" in "bird (parrot,
 * budgie)"): the app's own words, as exact as the value's name, so safe to carry from any earlier
 * line. Undefined when none or several values are named that way, or the value's own name is said.
 */
export function describedSynonym(u: Utterance, values: string[], description: string): string | undefined {
  const fromDescription = synonymsFromDescription(description, values);
  const text = u.lower;
  const hits = values.filter((v) =>
    (fromDescription[v] ?? []).some((syn) => {
      const i = synonymIndex(text, syn);
      return i >= 0 && !RULED_OUT_BEFORE.test(text.slice(Math.max(0, i - 24), i));
    }),
  );
  return hits.length === 1 ? hits[0] : undefined;
}

/**
 * A value WordNet relates one of the caller's words to ("automobile" → car, "invoice" → billing):
 * a synonym of the word's commonest senses, or what it is a kind of, equal in stem to a one-word
 * value or one of its one-word synonyms. Only when exactly one value is reached this way.
 */
function wordNetMatch(
  words: string[],
  values: string[],
  fromDescription: Record<string, string[]>,
): { value: string; word: string } | undefined {
  const byStem = new Map<string, string>();
  for (const value of values) {
    const spoken = value.replace(/[_-]+/g, ' ').toLowerCase();
    for (const name of [spoken, ...(fromDescription[value] ?? []), ...(ENUM_SYNONYMS[spoken] ?? [])])
      if (!/\s/.test(name) && name.length >= 3) byStem.set(stem(name), value);
  }
  const hits = new Map<string, string>();
  for (const w of words) {
    if (w.length < 3 || GENERIC_WORDS.has(w) || /\d/.test(w)) continue;
    const value = wordNetAlternatives(w)
      .map((alt) => byStem.get(stem(alt)))
      .find((v) => v !== undefined);
    if (value && !hits.has(value)) hits.set(value, w);
  }
  if (hits.size !== 1) return undefined;
  const [value, word] = [...hits][0]!;
  return { value, word };
}

/** The value only one of whose phrases (its name, its description aliases, its gloss) has words the caller said. */
function distinctiveIn(u: Utterance, values: string[], ...sources: Record<string, string[]>[]): string | undefined {
  const phrases = Object.fromEntries(
    values.map((v) => [v, [v.replace(/[_-]+/g, ' '), ...sources.flatMap((s) => s[v] ?? [])]]),
  );
  // Words said as a label ("the driver is Jamie Fox") name no value ("additional driver").
  const unlabelled = withoutValueLabels(u.lower);
  return matchDistinctive(unlabelled === u.lower ? u : { ...u, lower: unlabelled, memo: new Map() }, phrases);
}

/**
 * A value by the words of its gloss ("refund: pay the account credit back to the caller" and "can I
 * have it back"). Weaker than any other reading: for the line that asked for the tool, or the
 * answer to the question for this argument, never a value found in passing.
 */
export function matchGloss(u: Utterance, values: string[], description: string): string | undefined {
  const glosses = glossesIn(description, values);
  if (Object.keys(glosses).length === 0) return undefined;
  const asLists = Object.fromEntries(Object.entries(glosses).map(([v, g]) => [v, [g]]));
  return distinctiveIn(u, values, synonymsFromDescription(description, values), asLists);
}
