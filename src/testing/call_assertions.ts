// The checks behind TestCall's expect… methods. They throw node's AssertionError with actual and
// expected values, which vitest (and any runner) shows as a diff, so the kit needs no test runner.
import { AssertionError } from 'node:assert';

export function fail(message: string, actual: unknown, expected: unknown): never {
  throw new AssertionError({ message, actual, expected, operator: 'testCall' });
}

export function showValue(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (v instanceof RegExp ? String(v) : v));
}

/**
 * `actual` includes `expected`: objects may have more keys, arrays must match item by item, a
 * RegExp matches strings, everything else is compared with Object.is.
 */
export function matchesPartially(actual: unknown, expected: unknown): boolean {
  if (expected instanceof RegExp) return typeof actual === 'string' && expected.test(actual);
  if (Array.isArray(expected)) {
    return (
      Array.isArray(actual) &&
      actual.length === expected.length &&
      expected.every((item, i) => matchesPartially(actual[i], item))
    );
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object') return false;
    return Object.entries(expected).every(([key, value]) =>
      matchesPartially((actual as Record<string, unknown>)[key], value),
    );
  }
  return Object.is(actual, expected);
}

// What never belongs in speech: the workflow's own markers, script keys, serialised data, and
// error plumbing. Tool names are checked separately, against the tools the model was offered.
const INTERNAL_PATTERNS: [string, RegExp][] = [
  ['an entry tag', /\[on enter:/i],
  ['a script key', /\binstructions:(enter|return):/],
  ['the known-facts block of the instructions', /\bKnown facts\b/],
  ['JSON', /[{[]\s*"[^"]*"\s*:/],
  ['an error class name', /\b(ToolError|TypeError|ReferenceError|ZodError|AssertionError)\b/],
  ['a stack trace', /\n\s+at .+\(.+:\d+:\d+\)/],
  ['a placeholder', /\{[a-zA-Z_]+\}|\[object Object\]|\bundefined\b|\bNaN\b/],
];

/** Throws when any spoken line reads out internals; `toolNames` are the tools the model was offered. */
export function expectNoInternalText(spoken: readonly string[], toolNames: ReadonlySet<string>): void {
  const problems: string[] = [];
  for (const line of spoken) {
    for (const [what, pattern] of INTERNAL_PATTERNS) {
      if (pattern.test(line)) problems.push(`${what} in ${JSON.stringify(line)}`);
    }
    for (const name of toolNames) {
      if (new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(line)) {
        problems.push(`the tool name ${name} in ${JSON.stringify(line)}`);
      }
    }
  }
  if (problems.length > 0) fail(`internal text was spoken to the caller:\n  ${problems.join('\n  ')}`, spoken, []);
}
