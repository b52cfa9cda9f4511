// Email addresses as speech-to-text writes them ("ann dot lee at example dot com") turned into the
// written form a system can look up, and read back so a caller can check them.
import { spellOut } from '../tasks/spoken.js';

/**
 * "Ann dot Lee at Example dot com" → "ann.lee@example.com". Also reads "at sign", "underscore",
 * "dash"/"hyphen" and an address already written with stray spaces; a trailing full stop from
 * speech-to-text is dropped. Check the result with `looksLikeEmail` before using it.
 */
export function normalizeEmail(said: string): string {
  return said
    .trim()
    .toLowerCase()
    .replace(/\s+at\s+(?:sign|symbol)\s+/g, ' at ')
    .replace(/\s+at\s+/g, '@')
    .replace(/\s+dot\s+/g, '.')
    .replace(/\s+underscore\s+/g, '_')
    .replace(/\s+(?:dash|hyphen)\s+/g, '-')
    .replace(/\s+/g, '')
    .replace(/[.,!?]+$/, '');
}

/** A written address with a name, one "@" and a domain ending in a word of two or more letters. */
export function looksLikeEmail(text: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i.test(text);
}

/** "jsmith4@example.com" → "j s m i t h four at example dot com": the name spelled, the domain said. */
export function speakEmail(address: string): string {
  const at = address.lastIndexOf('@');
  if (at < 0) return spellOut(address);
  return `${spellOut(address.slice(0, at))} at ${address
    .slice(at + 1)
    .split('.')
    .join(' dot ')}`;
}
