// Numbers said as digits or words, skipping ids and phone numbers.
import { TEENS, TENS, UNITS } from '../../spoken/number_words.js';
import { type Utterance, type Found, docOf, memo, withoutEmails } from './utterance.js';

/** Number words and their values ("o"/"oh" are zeros only in ids, not amounts). */
export const WORD_VALUES: Record<string, number> = {
  ...Object.fromEntries(Object.entries(UNITS).filter(([word]) => word !== 'o' && word !== 'oh')),
  ...TEENS,
  ...TENS,
};
const UNIT_WORDS = Object.keys(UNITS).filter((w) => w !== 'o' && w !== 'oh' && UNITS[w]! > 0);
const BELOW_HUNDRED = `(?:(?:${Object.keys(TENS).join('|')})(?:[\\s-]+(?:${UNIT_WORDS.join('|')}))?|${Object.keys(TEENS).join('|')}|${UNIT_WORDS.join('|')})`;
// "a hundred and fifty", "two hundred", "one hundred twelve", "sixty".
const NUMBER_WORDS = new RegExp(
  `\\b(?:(?:a|${UNIT_WORDS.join('|')})[\\s-]+hundred(?:(?:[\\s-]+and)?[\\s-]+${BELOW_HUNDRED})?|${BELOW_HUNDRED})\\b`,
  'gi',
);

/** Numbers said as digits or words ("twenty five", "$19.99"), skipping ids and phone numbers. */
function findNumbersUncached(u: Utterance): Found<number>[] {
  const out: Found<number>[] = [];
  const text = withoutEmails(u.norm);
  for (const m of text.matchAll(/(?<![A-Za-z0-9-])\$?(-?\d+(?:[.,]\d+)?)(?![A-Za-z0-9-]|:\d)/g)) {
    const raw = m[1]!.replace(',', '.');
    if (raw.replace(/\D/g, '').length >= 7) continue;
    out.push({ value: Number(raw), index: m.index });
  }
  if (out.length === 0 && !/\d/.test(text)) {
    // Number words where they were said ("a sales team of sixty"): the place lets a cue word
    // nearby ("team") claim the number.
    for (const m of text.matchAll(NUMBER_WORDS)) {
      const words = m[0].toLowerCase().split(/[\s-]+/);
      let value = 0;
      for (const w of words) value = w === 'hundred' ? Math.max(1, value) * 100 : value + (WORD_VALUES[w] ?? 0);
      if (value > 0) out.push({ value, index: m.index });
    }
    if (out.length) return out;
    // compromise returns a (non-iterable) view instead of an array when nothing matched.
    const words: unknown = docOf(u).numbers().get();
    for (const w of Array.isArray(words) ? words : [])
      if (typeof w === 'number' && Number.isFinite(w)) out.push({ value: w, index: 0 });
  }
  return out;
}

export function findNumbers(u: Utterance): Found<number>[] {
  return memo(u, 'numbers', () => findNumbersUncached(u));
}
