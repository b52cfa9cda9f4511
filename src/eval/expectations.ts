// The deterministic checks of a scenario's `expect:` block. Each expectation yields one result with
// a sentence saying what was expected and what happened, so a failure explains itself.
import type { CallRecord, RunRecord } from './run_record.js';
import type { ExpectedCall, Expectations } from './scenario_schema.js';
import { show, subsetMismatch } from './subset_match.js';

export interface ExpectationResult {
  /** The key as written in the file, e.g. `expect.calls[0]`. */
  key: string;
  ok: boolean;
  message: string;
}

/** True when `wanted` appears in `path` in order (other agents may come between). */
export function isSubsequence(wanted: readonly string[], path: readonly string[]): boolean {
  let i = 0;
  for (const step of path) if (step === wanted[i]) i++;
  return i === wanted.length;
}

function describeCall(call: CallRecord): string {
  return `${call.name}(${show(call.args)}) by ${call.agent} ${call.ok ? 'succeeded' : `failed${call.error ? `: ${call.error}` : ''}`}`;
}

function checkCall(expected: ExpectedCall, calls: CallRecord[]): string | undefined {
  const named = calls.filter((c) => c.name === expected.name && (!expected.agent || c.agent === expected.agent));
  const by = expected.agent ? ` by ${expected.agent}` : '';
  if (named.length === 0) {
    const made = calls.length ? calls.map((c) => c.name).join(', ') : 'none';
    return `expected a call to ${expected.name}${by}; tools called: ${made}`;
  }
  const withArgs = expected.args ? named.filter((c) => !subsetMismatch(expected.args, c.args)) : named;
  if (withArgs.length === 0) {
    const why = subsetMismatch(expected.args, named.at(-1)!.args);
    return `expected ${expected.name}${by} with ${show(expected.args)}; ${named.length} call(s) had other arguments (${why})`;
  }
  if (expected.ok !== undefined && !withArgs.some((c) => c.ok === expected.ok)) {
    return `expected ${expected.name}${by} to ${expected.ok ? 'succeed' : 'fail'}; ${withArgs.map(describeCall).join('; ')}`;
  }
  return undefined;
}

export function checkExpectations(expect: Expectations, run: RunRecord): ExpectationResult[] {
  const results: ExpectationResult[] = [];
  const add = (key: string, failure: string | undefined, success: string) =>
    results.push({ key: `expect.${key}`, ok: !failure, message: failure ?? success });
  const path = run.path.join(' → ') || '(no agent)';

  if (expect.reach) {
    add(
      'reach',
      isSubsequence(expect.reach, run.path)
        ? undefined
        : `expected to reach ${expect.reach.join(' → ')} in order; path was ${path}`,
      `reached ${expect.reach.join(' → ')}`,
    );
  }
  if (expect.notReach) {
    const hit = expect.notReach.filter((a) => run.path.includes(a));
    add(
      'notReach',
      hit.length ? `expected never to reach ${hit.join(', ')}; path was ${path}` : undefined,
      `never reached ${expect.notReach.join(', ')}`,
    );
  }
  expect.calls?.forEach((call, i) => {
    add(`calls[${i}]`, checkCall(call, run.calls), `${call.name} was called as expected`);
  });
  if (expect.noSuccessfulCalls) {
    const bad = run.calls.filter((c) => c.ok && expect.noSuccessfulCalls!.includes(c.name));
    add(
      'noSuccessfulCalls',
      bad.length ? `expected no successful ${bad[0]!.name}; ${bad.map(describeCall).join('; ')}` : undefined,
      `no successful ${expect.noSuccessfulCalls.join(', ')}`,
    );
  }
  if (expect.userdata) {
    const miss = subsetMismatch(expect.userdata, run.userdata);
    add('userdata', miss ? `final userdata ${miss}` : undefined, 'final userdata matches');
  }
  if (expect.outcome) {
    add(
      'outcome',
      run.outcome === expect.outcome
        ? undefined
        : `expected outcome ${expect.outcome}, got ${run.outcome}${run.errors[0] ? ` (${run.errors[0]})` : ''}`,
      `outcome ${run.outcome}`,
    );
  }
  if (expect.everyTurnAnswered) {
    const silent = run.turns.filter((t) => !t.answered);
    add(
      'everyTurnAnswered',
      silent.length
        ? `turn ${silent[0]!.turn} ("${silent[0]!.caller}") got ${silent[0]!.error ? `an error: ${silent[0]!.error}` : 'no reply'}${silent.length > 1 ? ` (and ${silent.length - 1} more)` : ''}`
        : undefined,
      `all ${run.turns.length} turns answered`,
    );
  }
  if (expect.maxHandoffs !== undefined) {
    add(
      'maxHandoffs',
      run.handoffs > expect.maxHandoffs
        ? `expected at most ${expect.maxHandoffs} handoffs, got ${run.handoffs} (${path})`
        : undefined,
      `${run.handoffs} handoffs`,
    );
  }
  if (expect.maxTurnMs !== undefined) {
    const slow = run.turns.filter((t) => t.latencyMs !== undefined && t.latencyMs > expect.maxTurnMs!);
    const worst = slow.sort((a, b) => b.latencyMs! - a.latencyMs!)[0];
    const max = Math.max(0, ...run.turns.map((t) => t.latencyMs ?? 0));
    add(
      'maxTurnMs',
      worst
        ? `turn ${worst.turn} took ${Math.round(worst.latencyMs!)} ms to the first reply (budget ${expect.maxTurnMs} ms)`
        : undefined,
      `slowest first reply ${Math.round(max)} ms`,
    );
  }
  return results;
}
