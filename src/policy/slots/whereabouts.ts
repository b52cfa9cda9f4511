// Where the caller is, in their words, for a location asked as a road, exit or landmark ("I'm on
// I-5 north near exit 42", "pulled over on the shoulder", "in the Walmart parking lot on Harbor
// Boulevard"): the phrase after "I'm on/at/in", "stuck at", "pulled over on", up to its clause end.
import type { Utterance, Found } from './utterance.js';

// A location argument described as a spot on a road or a landmark, not only a town.
export const SPOT_LOCATION =
  /\b(?:road|street|exit|mile marker|landmark|address|highway|motorway|junction|in the caller['’]?s words)\b/i;

const WHERE =
  /\b(?:i['’]?m|i am|we['’]?re|we are|the car is|it['’]?s|stuck|stranded|broken down|pulled over|parked)\s+(?:(?:now|currently|just|still|right)\s+)?(on|at|in|near|by|outside|off)\s+([^,;!?]{3,80})/gi;

// "I'm on the phone", "we're in a hurry", "it's in the morning": no place.
const NOT_A_PLACE =
  /^(?:(?:the|a)\s+)?(?:phone|line|way|hurry|rush|trouble|time|morning|afternoon|evening|night|meantime|middle of (?:it|something)|rental|car|a bit of|my own|touch)\b/i;

/** The caller's own words for where they are, if they said it that way. */
export function findWhereabouts(u: Utterance): Found<string> | undefined {
  for (const m of u.norm.matchAll(WHERE)) {
    const phrase = m[2]!
      .replace(/\s+(?:and|but|so)\s+.*$/i, '')
      .replace(/[.\s]+$/, '')
      .trim();
    if (!phrase || NOT_A_PLACE.test(phrase) || phrase.split(/\s+/).length < 2) continue;
    return { value: phrase, index: m.index };
  }
  return undefined;
}
