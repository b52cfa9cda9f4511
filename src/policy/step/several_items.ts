// Several things for one tool in one breath: "two diavola pizzas and a caesar salad" is two calls;
// "the penne then, three of those" is one call whose quantity comes after the item.
import { NOT_AN_ITEM_WORDS } from '../lexicon/index.js';
import type { ParamSpec } from '../param_spec.js';
import { TEENS, TENS, UNITS } from '../../spoken/number_words.js';

export interface Part {
  text: string;
  values: Record<string, unknown>;
}

/** The utterance cut where a new item may start: commas, "and", "plus", "also", "as well as". */
export function splitParts(text: string): string[] {
  return text
    .split(/\s*(?:,|;|\band also\b|\bas well as\b|\band\b|\bplus\b|\balso\b)\s*/i)
    .map((p) => p.trim())
    .filter((p) => /[a-z0-9]/i.test(p));
}

/**
 * Group the parts into items: the key argument (the first required one of string type that the
 * parts fill with different values) starts an item; a part without it ("three of those") adds its
 * values to the item before. Returns the items' values when there are two or more items.
 */
export function itemsFromParts(
  parts: Part[],
  params: ParamSpec[],
  minItems = 2,
): Record<string, unknown>[] | undefined {
  const key = params.find(
    (p) =>
      p.required &&
      p.type === 'string' &&
      // A name said again or spelled ("elena vasquez, v a s q u e z") is one person, not two items.
      p.kind !== 'person_name' &&
      new Set(
        parts
          .map((x) => x.values[p.name])
          .filter((v) => v !== undefined)
          .map(String),
      ).size >= minItems,
  );
  if (!key) return undefined;
  const items: Record<string, unknown>[] = [];
  // Said before any item ("one of each of those: the diavola and the penne"): for every item.
  const forEach: Record<string, unknown> = {};
  for (const part of parts) {
    if (part.values[key.name] !== undefined) items.push({ ...part.values });
    else if (items.length) {
      const last = items.at(-1)!;
      for (const [k, v] of Object.entries(part.values)) if (last[k] === undefined) last[k] = v;
    } else Object.assign(forEach, part.values);
  }
  for (const item of items) for (const [k, v] of Object.entries(forEach)) if (item[k] === undefined) item[k] = v;
  return items.length >= minItems ? items : undefined;
}

/**
 * A part that is only an exact value with its label ("room 214", "order 5512"): it gives that value
 * and nothing else. Its label word is no item of its own ("room" is no order for cleaning the room).
 */
export function onlyLabelledValue(text: string, typed: Record<string, unknown>): boolean {
  const said = Object.values(typed)
    .filter((v) => typeof v === 'string' || typeof v === 'number')
    .map((v) => String(v).toLowerCase());
  if (!said.length) return false;
  const rest = text
    .toLowerCase()
    .split(/[^a-z0-9']+/)
    .filter((w) => w && !/\d/.test(w) && !said.some((v) => v.split(/[^a-z0-9']+/).includes(w)));
  // "two margherita": a count said with an item is an item of its own, not a value and its label.
  if (rest.some((w) => w in UNITS || w in TEENS || w in TENS || w === 'dozen')) return false;
  return rest.length <= 1;
}

// "a caesar salad", "an espresso", "just the one": one of the thing named, with no number said.
const ONE_OF = /\b(?:an?|a single|just the one|just one|one)\b/i;

/** The count an indefinite article gives ("a funghi pizza" is one), when no number is said. */
export function articleCount(text: string): number | undefined {
  if (/\d/.test(text)) return undefined;
  return ONE_OF.test(text) ? 1 : undefined;
}

// "the funghi pizza, and a penne": among several items, one named with "the" is one of it too.
const THE_ONE = /\bthe\b/i;
const MANY =
  /\b(?:all|both|each|every|some|few|several|lots?|pairs?|dozens?)\b|\w{3,}s\b(?:\s+(?:then|please|too|as well))?\s*[.!]?$/i;

/** The count of an item named with "the" among several ("I'll go with the funghi pizza then, and…"). */
export function definiteCount(text: string): number | undefined {
  if (/\d/.test(text) || !THE_ONE.test(text) || MANY.test(text)) return undefined;
  return 1;
}

const COUNTED = /\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|\d+)\s+(.+)$/i;
const SIZE_WORDS = new Set(['large', 'small', 'medium', 'big', 'regular', 'extra', 'little', 'mini']);

/**
 * The thing a part names after its count ("and two cokes" → "cokes"), read only where the tool's list
 * named nothing in it: a thing the list does not have, whose count is not the item before's.
 */
export function ownThing(text: string): string | undefined {
  const m = COUNTED.exec(text.toLowerCase());
  if (!m) return undefined;
  const words = m[1]!
    .replace(/[^a-z' -]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  while (words.length > 1 && SIZE_WORDS.has(words[0]!)) words.shift();
  const kept: string[] = [];
  for (const [i, w] of words.entries()) {
    // "a side of fries", "a bottle of water": the "of" joins the thing's name.
    const joins = w === 'of' && kept.length > 0 && words[i + 1] !== undefined && !NOT_AN_ITEM_WORDS.has(words[i + 1]!);
    if ((NOT_AN_ITEM_WORDS.has(w) && !joins) || kept.length === 4) break;
    kept.push(w);
  }
  return kept.length > 0 && kept.some((w) => w.length >= 3) ? kept.join(' ') : undefined;
}
