// Callers speak; tools get what speech-to-text wrote. These helpers read it forgivingly and say
// values back the way a person would.

/** "ann dot lee at example dot com" → "ann.lee@example.com". */
export function normalizeEmail(said: string): string {
  return said
    .trim()
    .toLowerCase()
    .replace(/\s+at\s+/g, '@')
    .replace(/\s+dot\s+/g, '.')
    .replace(/\s+/g, '');
}

/**
 * The whole name on the account, exactly, ignoring accents, case, punctuation and spacing: extra
 * or missing words never match ("David Ann Kim Lee" is not "David Kim").
 */
export function sameFullName(said: string, onFile: string): boolean {
  const key = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  const given = key(said);
  return given.split(' ').length >= 2 && given.replace(/ /g, '') === key(onFile).replace(/ /g, '');
}

export function looksLikeEmail(text: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i.test(text);
}

/** 8995 → "$89.95". */
export function money(cents: number): string {
  return `$${(cents / 100).toFixed(2)}`;
}

/** Only the digits: "9 4 1 0 7" → "94107". */
export function digitsOf(said: string): string {
  return said.replace(/\D/g, '');
}
