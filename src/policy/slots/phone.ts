// Phone numbers: 7 to 15 digits, not glued to letters (that is an id), with a leading + kept.
import { type Utterance, type Found, memo, withoutEmails } from './utterance.js';

function findPhonesUncached(u: Utterance): Found<string>[] {
  const out: Found<string>[] = [];
  const text = withoutEmails(u.norm);
  for (const m of text.matchAll(/(\+?\(?\d[\d\s().-]{5,}\d)/g)) {
    const digits = m[0].replace(/\D/g, '');
    if (digits.length < 7 || digits.length > 15) continue;
    // Letters glued to the digits make it an id ("ORD-12345"), not a phone number.
    const before = text.slice(Math.max(0, m.index - 2), m.index);
    if (/[a-z]-?$/i.test(before)) continue;
    out.push({
      value: `${m[0].trim().startsWith('+') || /\bplus\s*$/i.test(text.slice(0, m.index)) ? '+' : ''}${digits}`,
      index: m.index,
    });
  }
  return out;
}

export function findPhones(u: Utterance): Found<string>[] {
  return memo(u, 'phones', () => findPhonesUncached(u));
}
