// A caller who corrects their name mid-line ("it's Jon, no sorry, John Smyth", "Kelly is K E L L Y…
// no sorry, K E L L E Y") means the name after the correction: a word spelled again replaces the
// word it is close to, a name said again replaces the whole (or the part it is close to).
import { distance } from 'fastest-levenshtein';
import { correctionPoints } from './self_correction.js';
import { titleCase } from './utterance.js';

// Cues that only take something back: "actually" or "instead" alone may open a new sentence
// ("Dana Wu, actually I'm calling for…"), so only a spelled word is read after them.
const TAKES_BACK = /\b(?:no|sorry|wait|mean|meant|scratch|correction|correct)\b/;
// A word spelled again is close to the word it corrects (one or two letters changed).
const CLOSE = 2;

function closest(parts: string[], word: string): number {
  let best = -1;
  let bestDistance = CLOSE + 1;
  parts.forEach((p, i) => {
    const d = distance(p.toLowerCase(), word.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [i, d];
  });
  return best;
}

/**
 * The name meant, when the caller corrected the one found (said before the last cue). `nameIn`
 * reads a name from the words after the cue.
 */
export function correctedName(text: string, found: string, nameIn: (tail: string) => string | undefined): string {
  const points = correctionPoints(text);
  if (!points.length) return found;
  const parts = found.split(/\s+/);
  const at = text.toLowerCase().indexOf(parts[0]!.toLowerCase());
  const after = points.filter((p) => at >= 0 && p.start > at);
  const point = after.at(-1);
  if (!point) return found;
  const tail = text.slice(point.end);
  // Spelled again ("KELLEY", joined when normalising): the word of the name it is close to.
  for (const m of tail.matchAll(/\b[A-Z]{3,}\b/g)) {
    const i = closest(parts, m[0]);
    if (i >= 0) {
      const out = [...parts];
      out[i] = titleCase(m[0].toLowerCase());
      return out.join(' ');
    }
  }
  if (!TAKES_BACK.test(point.cue)) return found;
  const again = nameIn(tail);
  if (!again) return found;
  const words = again.split(/\s+/);
  if (words.length >= parts.length) return again;
  // Part of the name said again ("Jon Smith, no, John"): the part it is close to, else the first.
  const out = [...parts];
  for (const w of words) {
    const i = closest(out, w);
    out[i >= 0 ? i : 0] = w;
  }
  return out.join(' ');
}
