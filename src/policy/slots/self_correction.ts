// A caller who corrects themselves mid-sentence ("N C two two zero one, sorry no, two two one zero",
// "six one seven five five five zero one two, uh, no, zero one two nine") means the value after
// the correction. Values of one kind said before such a cue, when another follows it, are withdrawn.

import { CORRECTION_CUES } from '../lexicon/correction_cues.js';

// "sorry no" also matches "sorry, no"; longer cues first so "actually no" wins over "actually".
const CUE = `(?:${[...CORRECTION_CUES]
  .sort((a, b) => b.length - a.length)
  .map((c) => c.split(' ').join(',? '))
  .join('|')})`;
const SELF_CORRECTION = new RegExp(`(?:^|[\\s,.;:!?-])${CUE}\\b`, 'gi');
// An id or number, a cue, then digits only: "NC2201, sorry no, 2210", "617555012, no, 0129".
const ID_THEN_DIGITS = new RegExp(`\\b([A-Za-z]{1,6}-?)?(\\d{3,})\\b([\\s,.]*${CUE}[\\s,.]+)(\\d{2,})\\b`, 'gi');

/**
 * Digits repeated after a correction cue complete what the caller corrected: the same number of
 * digits keeps the id's letters ("NC2201, sorry no, 2210" → NC2210); fewer digits that start
 * where the first number's end overlaps them replace that end ("617555012, no, 0129" → 6175550129).
 */
export function withCorrectedDigits(text: string): string {
  return text.replace(ID_THEN_DIGITS, (m, prefix: string | undefined, first: string, cue: string, second: string) => {
    const letters = prefix ?? '';
    if (first.length === second.length) return letters ? `${letters}${first}${cue}${letters}${second}` : m;
    if (second.length > first.length) return m;
    for (let k = second.length - 1; k >= 2; k--) {
      if (first.endsWith(second.slice(0, k)))
        return `${letters}${first}${cue}${letters}${first.slice(0, first.length - k)}${second}`;
    }
    return m;
  });
}

// An address, a cue, then only its ending said again: "ann@example.net, sorry, no, dot com".
const EMAIL_THEN_ENDING = new RegExp(
  `\\b([a-z0-9._-]+@[a-z0-9-]+(?:\\.[a-z0-9-]+)*)\\.([a-z]{2,6})\\b((?:\\.{2,}|[\\s,.;])*${CUE}[\\s,.]+)dot\\s+([a-z]{2,6})\\b`,
  'gi',
);

/** The ending said after a correction cue replaces the address's ending (the cue stays, so the first is withdrawn). */
export function withCorrectedEmailEnding(text: string): string {
  return text.replace(
    EMAIL_THEN_ENDING,
    (_m, start: string, ending: string, cue: string, again: string) =>
      `${start}.${ending}${cue}${start}.${again.toLowerCase()}`,
  );
}

/** Where each correction cue ends in the text ("Jon, no sorry, | John Smyth"). */
export function correctionPoints(text: string): { start: number; end: number; cue: string }[] {
  return [...text.matchAll(SELF_CORRECTION)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    cue: m[0].replace(/^[\s,.;:!?-]+/, '').toLowerCase(),
  }));
}

/**
 * The candidates the caller still means: the last one before a correction cue that has a
 * candidate after it is withdrawn (earlier ones, and everything after, stay).
 */
export function selfCorrected<F extends { index: number }>(text: string, found: F[]): F[] {
  if (found.length < 2) return found;
  const points = [...text.matchAll(SELF_CORRECTION)].map((m) => m.index + m[0].length);
  let kept = found;
  for (const at of points) {
    const before = kept.filter((f) => f.index < at);
    if (before.length === 0 || !kept.some((f) => f.index >= at)) continue;
    const withdrawn = before.at(-1)!;
    kept = kept.filter((f) => f !== withdrawn);
  }
  return kept;
}
