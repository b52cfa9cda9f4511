// Forgiving matching of what callers say (and speech-to-text writes) against known names.
import { distance } from 'fastest-levenshtein';

/** Lower case, accents removed, punctuation turned into spaces, single-spaced. */
export function normalizeWords(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Does `phrase` appear in `text` as whole words? Both normalised. */
export function containsPhrase(text: string, phrase: string): boolean {
  const t = ` ${normalizeWords(text)} `;
  const p = normalizeWords(phrase);
  return p.length > 0 && t.includes(` ${p} `);
}

/**
 * The candidate whose id, label or alias best matches what the caller said: an exact phrase
 * first, then a near miss (one typo per five letters) on the whole input.
 */
export function matchByAlias<T extends { id: string; label: string; aliases: string[] }>(
  input: string,
  candidates: T[],
): T | undefined {
  const said = normalizeWords(input);
  if (!said) return undefined;
  const names = (c: T) => [c.id.replace(/_/g, ' '), c.label, ...c.aliases].map(normalizeWords).filter(Boolean);
  // Longest matching phrase wins, so "tv box" beats "box".
  let best: { candidate: T; length: number } | undefined;
  for (const c of candidates) {
    for (const name of names(c)) {
      if (containsPhrase(said, name) && (!best || name.length > best.length))
        best = { candidate: c, length: name.length };
    }
  }
  if (best) return best.candidate;
  for (const c of candidates) {
    if (names(c).some((name) => distance(said, name) <= Math.max(1, Math.floor(name.length / 5)))) return c;
  }
  return undefined;
}

/** Case- and typo-tolerant pick from a list of plain names. */
export function matchName(input: string, names: string[]): string | undefined {
  const said = normalizeWords(input);
  if (!said) return undefined;
  return (
    names.find((n) => normalizeWords(n) === said) ??
    names.find((n) => distance(normalizeWords(n), said) <= Math.max(1, Math.floor(n.length / 5)))
  );
}

/** True when two single words are the same allowing one typo (names through speech-to-text). */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  return Math.min(a.length, b.length) >= 3 && distance(a, b) <= 1;
}
