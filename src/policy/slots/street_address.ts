// A house number and street as callers say them ("fourteen prospect street", "it's 9 brook
// street, rv7 2xy", "flat three, twenty two station road"), for an argument described as a street
// address or a house number and street. The number said in words is written in digits (tools
// check for a house number); what follows the street type (a ZIP code, a postcode) is left out.
import { STREET_TYPES } from '../lexicon/index.js';
import { TEENS, TENS, UNITS } from '../../spoken/number_words.js';
import { type Found, type Utterance, titleCase } from './utterance.js';

/** An argument that holds a street address ("The street address", "the house number and street"). */
export const STREET_ADDRESS_ARG = /\b(?:street address|house number|number and street|street and number)\b/i;

const UNIT_WORDS = Object.keys(UNITS).filter((w) => UNITS[w]! > 0);
const NUMBER = `(?:\\d{1,5}[a-z]?|(?:${Object.keys(TENS).join('|')})(?:[\\s-]+(?:${UNIT_WORDS.join('|')}))?|${Object.keys(TEENS).join('|')}|${UNIT_WORDS.join('|')})`;
// "flat three, " / "apartment 2b, " before the house number.
const UNIT_PART = `(?:(?:flat|apartment|apt|unit|suite)\\s+${NUMBER},?\\s+)?`;
const STREET = new RegExp(
  `\\b${UNIT_PART}(${NUMBER})\\s+((?:[a-z][a-z'-]*\\s+){0,2}?[a-z][a-z'-]*)\\s+(${[...STREET_TYPES].join('|')})\\b`,
  'gi',
);
// Words a street's name never opens with ("two of the road", "five more days").
const NOT_A_NAME = /^(?:the|a|an|of|my|your|more|days?|weeks?|on|in|at|to|and|or|for)\b/i;

function digits(said: string): string {
  const w = said.toLowerCase().split(/[\s-]+/);
  if (/^\d/.test(w[0]!)) return w[0]!;
  const total = w.reduce((n, x) => n + (TENS[x] ?? TEENS[x] ?? UNITS[x] ?? 0), 0);
  return String(total);
}

/** The street address said, house number in digits ("14 Prospect Street"), if any. */
export function findStreetAddress(u: Utterance): Found<string> | undefined {
  // The raw words: normalising runs "flat two, forty one" together into one number.
  for (const m of u.raw.toLowerCase().matchAll(STREET)) {
    const name = m[2]!;
    if (NOT_A_NAME.test(name) || /\d/.test(name)) continue;
    const unit = /^(flat|apartment|apt|unit|suite)\s+(\S+?),?\s/i.exec(m[0]);
    const street = `${digits(m[1]!)} ${titleCase(name.toLowerCase())} ${titleCase(m[3]!.toLowerCase())}`;
    const value = unit ? `${titleCase(unit[1]!.toLowerCase())} ${digits(unit[2]!)}, ${street}` : street;
    return { value, index: Math.max(0, u.lower.indexOf(m[3]!.toLowerCase())) };
  }
  return undefined;
}
