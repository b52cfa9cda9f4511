// A correction of what was just done: "actually, make that twenty five", "no, the 4 should be 2",
// "sorry, I meant Thursday", "wait no, that's my office. home is 30215". The new value replaces the one it corrects and the same call is made
// again; a correction says which value it changes by its type (one number argument, one date).
import type { ParamSpec } from '../param_spec.js';

const CORRECTION =
  /\b(?:actually|make (?:that|it)|change (?:that|it)(?: to)?|instead|i meant|i mean|scratch that|should (?:be|have been)|not \w+,? but|wrong (?:one|number|day|date|time|code|address)|that'?s (?:wrong|not right|not it)|that was wrong|(?:wait|sorry),? no|no,? (?:wait|sorry))\b/i;

/** The caller is correcting something, not asking for something new. */
export function isCorrection(text: string): boolean {
  return CORRECTION.test(text);
}

// Tools that add to a collection: calling one again adds more rather than changing what was added.
const ADDS = /^(?:add|append|put|include|insert)\b/i;

/** A tool whose call can simply be made again with the corrected value. */
export function repeatable(description: string): boolean {
  return !ADDS.test(description.trim());
}

/**
 * The number a correction gives for the one numeric argument: the last number said that is not
 * the old value ("the 4 should be 2" → 2, "make that 25" → 25).
 */
export function correctedNumber(
  numbers: readonly number[],
  params: readonly ParamSpec[],
  previous: Record<string, unknown>,
): { param: ParamSpec; value: number } | undefined {
  const numeric = params.filter((p) => (p.type === 'integer' || p.type === 'number') && !p.counter);
  if (numeric.length !== 1 || numbers.length === 0) return undefined;
  const param = numeric[0]!;
  const fresh = numbers.filter((n) => n !== previous[param.name]);
  const value = fresh.at(-1);
  if (value === undefined) return undefined;
  return { param, value: param.type === 'integer' ? Math.round(value) : value };
}
