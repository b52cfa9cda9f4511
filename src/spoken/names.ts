// A name said by a caller compared with the name on file.

// Courtesy titles callers put before their name; they are not part of the name on file.
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'doctor', 'sir', 'madam']);

/** A full name reduced to its letters: accents, case, punctuation, spacing and a leading title ignored. */
export function nameKey(name: string): { key: string; words: number } {
  const words = name
    .normalize('NFKC')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  while (words.length > 0 && TITLES.has(words[0]!)) words.shift();
  return { key: words.join(''), words: words.length };
}

/**
 * The whole name on file, exactly, after normalising: "Tomas Garcia" matches "Tomás García" and
 * "grace oneill" matches "Grace O'Neill", but extra, missing or misspelt words never match
 * (partial-word matching let "David Ann Kim Lee" verify as David Kim). A first name alone never matches.
 */
export function sameFullName(said: string, onFile: string): boolean {
  const given = nameKey(said);
  const record = nameKey(onFile);
  return given.words >= 2 && given.key.length > 0 && given.key === record.key;
}
