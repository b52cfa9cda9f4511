// Phone numbers: 7 to 15 digits, not glued to letters (that is an id), with a leading + kept.
import { correctionPoints } from './self_correction.js';
import { type Utterance, type Found, memo, withoutEmails } from './utterance.js';

function findPhonesUncached(u: Utterance): Found<string>[] {
  const out: Found<string>[] = [];
  const text = withoutEmails(u.norm);
  for (const whole of text.matchAll(/(\+?\(?\d[\d\s().-]{5,}\d)/g)) {
    const m = restated(whole);
    const digits = endThenWhole(m[0].replace(/\D/g, ''), text.slice(0, m.index));
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

/**
 * "it's 0149. 978 555 0149": the corrected end, then (a new sentence) the whole number ending in
 * it; or a number said again ("4030. 4030"). The whole number alone, not the two run together.
 */
function restated(m: RegExpMatchArray): { 0: string; index: number } {
  const parts = m[0].split(/(?<=\d)[.!?]\s+(?=\d)/);
  if (parts.length !== 2) return { 0: m[0], index: m.index! };
  const [end, full] = parts.map((p) => p.replace(/\D/g, '')) as [string, string];
  // Said twice alike ("4030. 4030") is one number too, whatever its length.
  if (end.length < 3 || (full.length < 7 && end !== full) || !full.endsWith(end)) return { 0: m[0], index: m.index! };
  return { 0: parts[1]!, index: m.index! + m[0].length - parts[1]!.length };
}

/**
 * "…0123, no wait, 0132, 617 555 0132": after a correction, the corrected end and the whole number
 * said again run together as one string of digits; the whole number is meant.
 */
function endThenWhole(digits: string, before: string): string {
  if (digits.length <= 10 || !correctionPoints(before).length) return digits;
  for (let k = 2; k <= 6; k++) {
    const rest = digits.slice(k);
    if (rest.length >= 7 && rest.endsWith(digits.slice(0, k))) return rest;
  }
  return digits;
}

export function findPhones(u: Utterance): Found<string>[] {
  return memo(u, 'phones', () => findPhonesUncached(u));
}
