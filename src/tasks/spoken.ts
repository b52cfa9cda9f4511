// Speakable read-backs and caller corrections for the capture tasks. Spoken-form normalisation
// ("john dot smith at example dot com", "five five five") is the offline policy's (src/policy);
// this file only adds what capture needs on top: phonetic spelling ("m as in mary"), corrections
// against the value just read back, letter-by-letter read-backs, and checksums.
import { UNITS } from '../spoken/number_words.js';

const DIGIT_WORDS = Object.entries(UNITS)
  .filter(([w, n]) => n <= 9 && w !== 'oh' && w !== 'o')
  .reduce<Record<string, string>>((acc, [w, n]) => ((acc[String(n)] ??= w), acc), {});

/** "7" → "seven". */
export function digitWord(d: string): string {
  return DIGIT_WORDS[d] ?? d;
}

const LETTER = `[a-z]`;
// "m as in mary", "m for mary", "m like mary", "b as in boy".
const PHONETIC = new RegExp(`\\b(${LETTER})\\s+(?:as in|for|like)\\s+[a-z]+\\b`, 'gi');
// NATO alphabet words said alone stand for their letter.
const NATO: Record<string, string> = Object.fromEntries(
  'alpha bravo charlie delta echo foxtrot golf hotel india juliett juliet kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey x-ray yankee zulu'
    .split(' ')
    .map((w) => [w, w[0]!]),
);

/** "m as in mary" → "m"; "double t" → "t t". Leaves everything else alone. */
export function phoneticToLetters(text: string): string {
  return text
    .replace(PHONETIC, '$1')
    .replace(/\bdouble\s+([a-z0-9])\b/gi, '$1 $1')
    .replace(/\btriple\s+([a-z0-9])\b/gi, '$1 $1 $1');
}

/** Caller words with phonetic spellings reduced to letters and NATO words to their letter. */
export function lettersOnly(text: string): string {
  return phoneticToLetters(text).replace(/\b[a-z-]+\b/gi, (w) => NATO[w.toLowerCase()] ?? w);
}

/**
 * A correction of one letter or digit in the value just read back: "no, it's m as in mary, not n",
 * "not n, m", "replace the n with an m". Returns the corrected value, or undefined when the
 * words do not say which character to change (or it is not in the value, or in it more than once).
 */
export function applyCorrection(previous: string, said: string): string | undefined {
  const t = phoneticToLetters(said.toLowerCase());
  const one = '([a-z0-9])';
  const patterns: [RegExp, 'new-old' | 'old-new'][] = [
    [new RegExp(`\\b${one}\\s*,?\\s+(?:not|instead of)\\s+(?:an?\\s+)?${one}\\b`), 'new-old'],
    [new RegExp(`\\bnot\\s+(?:an?\\s+)?${one}\\s*,?\\s+(?:but\\s+|it'?s\\s+)?(?:an?\\s+)?${one}\\b`), 'old-new'],
    [new RegExp(`\\b(?:replace|change)\\s+(?:the\\s+)?${one}\\s+(?:with|to)\\s+(?:an?\\s+)?${one}\\b`), 'old-new'],
    [new RegExp(`\\b${one}\\s+should be\\s+(?:an?\\s+)?${one}\\b`), 'old-new'],
  ];
  for (const [re, order] of patterns) {
    const m = re.exec(t);
    if (!m) continue;
    const [from, to] = order === 'old-new' ? [m[1]!, m[2]!] : [m[2]!, m[1]!];
    const at = previous.toLowerCase().indexOf(from);
    if (at < 0) continue;
    // "the 5 should be 7" in a number with three 5s does not say which: leave it to the model.
    if (previous.toLowerCase().indexOf(from, at + 1) >= 0) return undefined;
    const replacement = previous[at] === previous[at]!.toUpperCase() ? to.toUpperCase() : to;
    return previous.slice(0, at) + replacement + previous.slice(at + 1);
  }
  return undefined;
}

/** "jsmith42" → "j s m i t h four two": each character said on its own. */
export function spellOut(text: string): string {
  const names: Record<string, string> = { '.': 'dot', _: 'underscore', '-': 'dash', '+': 'plus', '@': 'at' };
  return [...text]
    .map((c) => (/\d/.test(c) ? digitWord(c) : (names[c] ?? c)))
    .filter((c) => c.trim() !== '')
    .join(' ');
}

/** Digits read in groups: "5551234567" → "five five five, one two three, four five six seven". */
export function speakDigits(digits: string, groups?: number[]): string {
  const clean = digits.replace(/\D/g, '');
  const sizes = groups ?? defaultGroups(clean.length);
  const out: string[] = [];
  let i = 0;
  for (const size of sizes) {
    if (i >= clean.length) break;
    out.push([...clean.slice(i, i + size)].map(digitWord).join(' '));
    i += size;
  }
  if (i < clean.length) out.push([...clean.slice(i)].map(digitWord).join(' '));
  return out.join(', ');
}

function defaultGroups(n: number): number[] {
  if (n === 10) return [3, 3, 4];
  if (n === 11) return [1, 3, 3, 4];
  const sizes: number[] = [];
  for (let left = n; left > 0; left -= 4) sizes.push(Math.min(4, left));
  return sizes;
}

/** Luhn checksum (payment cards, many account and IMEI numbers). */
export function luhnValid(digits: string): boolean {
  const clean = digits.replace(/\D/g, '');
  if (clean.length < 2) return false;
  let sum = 0;
  for (let i = 0; i < clean.length; i++) {
    let d = Number(clean[clean.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** "4111111111111111" → "•••• 1111": what records and logs may show of a secret number. */
export function maskDigits(value: string, keep = 4): string {
  const clean = value.replace(/\s/g, '');
  return clean.length <= keep ? '•'.repeat(clean.length) : `•••• ${clean.slice(-keep)}`;
}

/** "no, it's …", "sure, my email is …" → "…": the words before the value, which would otherwise join a spelling. */
export function stripLeadIn(text: string): string {
  return text
    .trim()
    .replace(
      /^(?:(?:yes|yeah|no|nope|sorry|sure|ok|okay|oh|um|uh|well|so|right)\b[,.!]?\s*|(?:it'?s|it is|that'?s|that is|this is|i'?m|i am)\s+|(?:my|the)\s+[a-z ]{2,25}?\s+(?:is|was)\s+)+/i,
      '',
    );
}
