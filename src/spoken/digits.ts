// Numbers and references as callers say them and as an agent reads them back.
export { digitWord, maskDigits, speakDigits, spellOut } from '../tasks/spoken.js';

/** Only the digits of what was said or typed: "9 4 1 0 7" → "94107". */
export function digitsOf(said: string): string {
  return said.replace(/\D/g, '');
}

/** Last four characters of a reference, for reading aloud without spelling the whole thing. */
export function lastFour(reference: string): string {
  return reference.replace(/\s+/g, '').slice(-4);
}
