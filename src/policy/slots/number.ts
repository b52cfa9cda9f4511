// Numbers said as digits or words, skipping ids and phone numbers.
import { type Utterance, type Found, docOf, memo, withoutEmails } from './utterance.js';

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
