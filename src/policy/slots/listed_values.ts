// An enum's values said again, in the same order, as the tool's description lists its work ("Answer
// a question about the clinic: opening hours, parking, getting a pet passport, or vaccinations"
// with values hours, parking, passports, vaccinations): each listed phrase says what its value means
// ("getting a pet passport" is passports), and a caller's words that only that phrase has
// ("how do I get a passport for my dog", "are you open on Sunday") pick the value.
import { GENERIC_WORDS, stem } from '../lexicon/index.js';
import { tokens } from './phrase_match.js';
import type { Utterance } from './utterance.js';
import { SENTENCE_BREAK } from '../sentences.js';

function sameWord(item: string, value: string): boolean {
  const v = value.replace(/[_-]+/g, ' ').toLowerCase();
  const words = tokens(item).map(stem);
  return v.split(/\s+/).every((w) => words.includes(stem(w)) || item.toLowerCase().includes(w));
}

/**
 * The phrase of the description's list that stands for each value, when a list in the description
 * has as many items as there are values and most of them name their value outright.
 */
export function listedAs(toolDescription: string, values: readonly string[]): Record<string, string> | undefined {
  const real = values.filter((v) => !/^(?:any|other|none|unknown|all)$/i.test(v));
  if (real.length < 3) return undefined;
  for (const sentence of toolDescription.split(SENTENCE_BREAK)) {
    const body = sentence.includes(':') ? sentence.slice(sentence.indexOf(':') + 1) : sentence;
    const items = body
      .replace(/[.!?]+$/, '')
      .split(/\s*,\s*(?:(?:or|and)\s+)?|\s+(?:or|and)\s+(?=[^,]*$)/)
      .map((s) => s.trim())
      .filter(Boolean);
    if (items.length !== real.length) continue;
    const same = items.filter((item, i) => sameWord(item, real[i]!)).length;
    if (same * 2 <= real.length) continue;
    // "weekly, fortnightly or monthly, from a first payment date" read as three items: one item
    // naming another value ("fortnightly or monthly") means the items do not line up with the values.
    if (items.some((item, i) => real.some((v, j) => j !== i && sameWord(item, v)))) continue;
    return Object.fromEntries(real.map((v, i) => [v, items[i]!]));
  }
  return undefined;
}

const PREPOSITION = /^(?:for|to|at|on|with|about|into|from|through)$/;

/** Content-word stems of a listed phrase, less the value's and the generic ones. */
function keyStems(phrase: string): string[] {
  return tokens(phrase)
    .filter((w) => w.length >= 4 && !GENERIC_WORDS.has(w))
    .map(stem);
}

/**
 * The value whose listed phrase alone has words the caller used: the stems no other value's phrase
 * shares; undefined when none, or when two values tie.
 */
export function matchListed(u: Utterance, listed: Record<string, string> | undefined): string | undefined {
  if (!listed) return undefined;
  // The phrases are the tool's own wording of its work ("opening hours"): "open on Sunday" says it.
  return matchDistinctive(u, Object.fromEntries(Object.entries(listed).map(([v, phrase]) => [v, [phrase]])), false);
}

/**
 * The same over any phrases that stand for values (the description's bracketed words: "gear_service
 * (gears skip or slip, derailleur)" and "my gears keep skipping"): a word only one value's phrases
 * have, said in any form and order.
 */
export function matchDistinctive(
  u: Utterance,
  phrases: Record<string, readonly string[]>,
  skipVerbsWithPrepositions = true,
): string | undefined {
  // A verb with its preposition ("browsing for a club") is the caller's doing, not a value's word.
  const words = tokens(u.lower);
  const said = new Set(
    words.filter((w, i) => !skipVerbsWithPrepositions || !PREPOSITION.test(words[i + 1] ?? '')).map(stem),
  );
  const stems = Object.fromEntries(
    Object.entries(phrases).map(([v, list]) => [v, [...new Set(list.flatMap(keyStems))]]),
  );
  const counts = new Map<string, number>();
  for (const list of Object.values(stems)) for (const s of new Set(list)) counts.set(s, (counts.get(s) ?? 0) + 1);
  let best: { value: string; hits: number } | undefined;
  let tie = false;
  for (const [value, list] of Object.entries(stems)) {
    const hits = list.filter((s) => counts.get(s) === 1 && said.has(s)).length;
    if (hits === 0) continue;
    if (!best || hits > best.hits) {
      best = { value, hits };
      tie = false;
    } else if (hits === best.hits) tie = true;
  }
  return best && !tie ? best.value : undefined;
}
