// Of several counts in one breath ("me and my two kids, so three places"), the one said with what
// the argument counts: its own noun, or another word for a booking's places.
import { paramAbout, type ParamSpec } from '../param_spec.js';

// What a booking's places are called: one counts the others ("three spots" for "how many places").
const PLACE_WORDS = /^(?:places?|spots?|seats?|spaces?|tickets?)$/i;

/** The count at `index` is said with the thing the argument counts ("three places" for "how many places"). */
export function countsWhatIsAsked(p: ParamSpec, text: string, index: number): boolean {
  // The word counted, or the one after it when that says whose ("two kids' bikes").
  const m = /^\S+(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?\s+([a-z]+)(?:'?\s+([a-z]+))?/i.exec(
    text.slice(index),
  );
  const noun = m?.[1];
  if (!noun) return false;
  const about = paramAbout(p).toLowerCase();
  const stemOf = (w: string) => w.toLowerCase().replace(/e?s$/, '');
  const named = (w: string | undefined) =>
    w !== undefined && about.split(/[^a-z]+/).some((x) => x.length > 2 && stemOf(x) === stemOf(w));
  if (named(noun) || named(m[2])) return true;
  return PLACE_WORDS.test(noun) && about.split(/[^a-z]+/).some((w) => PLACE_WORDS.test(w));
}
