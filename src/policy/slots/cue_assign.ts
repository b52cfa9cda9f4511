// Which of several values found in one line goes to which argument: the one said nearest after a
// cue word of the argument's label ("order 4412, account 9001").
import type { ParamSpec } from '../param_spec.js';
import type { Found } from './utterance.js';

const GENERIC_LABEL_WORDS = new Set(['id', 'number', 'no', 'code', 'the', 'of', 'a', 'value', 'name', 'address']);

export function cueWords(p: ParamSpec): string[] {
  const words = p.label
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w.length > 2 && !GENERIC_LABEL_WORDS.has(w));
  if (p.kind === 'phone') words.push('phone', 'number', 'call', 'reach', 'mobile', 'cell');
  if (p.kind === 'email') words.push('email', 'mail');
  if (p.kind === 'identifier' && words.length === 0)
    words.push(
      ...p.label
        .toLowerCase()
        .split(/\s+/)
        .filter((w) => w.length > 1),
    );
  return [...new Set(words)];
}

/** Distance (chars) from the nearest cue word before `index`, or Infinity. */
export function cueDistance(text: string, index: number, cues: string[]): number {
  const before = text.slice(Math.max(0, index - 48), index).toLowerCase();
  let best = Infinity;
  for (const cue of cues) {
    const stem = cue.length > 5 ? cue.slice(0, 5) : cue;
    let at = before.lastIndexOf(stem);
    // "rx205342 and 1985": letters glued to digits are an id's own letters, not a cue for what follows.
    while (at >= 0 && /\d/.test(before[at + stem.length] ?? '')) at = at > 0 ? before.lastIndexOf(stem, at - 1) : -1;
    if (at >= 0) best = Math.min(best, before.length - at);
  }
  return best;
}

/** Each found value to the argument whose label's cue words stand nearest before it; each used once. */
export function assign<T>(
  params: ParamSpec[],
  found: Found<T>[],
  text: string,
  requireCue: (p: ParamSpec, candidate: Found<T>) => boolean,
  out: Map<ParamSpec, T>,
): void {
  const pairs: { p: ParamSpec; f: Found<T>; d: number }[] = [];
  for (const p of params) {
    const cues = cueWords(p);
    for (const f of found) {
      const d = cueDistance(text, f.index, cues);
      if (d === Infinity && requireCue(p, f)) continue;
      pairs.push({ p, f, d });
    }
  }
  pairs.sort((a, b) => a.d - b.d || a.f.index - b.f.index);
  const usedValues = new Set<Found<T>>();
  for (const { p, f } of pairs) {
    if (out.has(p) || usedValues.has(f)) continue;
    out.set(p, f.value);
    usedValues.add(f);
  }
}
