// The support desk's shipped scenarios (scenarios/*.yaml) run through `switchboard eval`'s runner
// on the offline policy, exactly as `npx switchboard eval app/support-desk/scenarios` does.
import { describe, expect, it } from 'vitest';
import { failureDetails, runScenarios } from 'switchboard/testing';

describe('support desk scenarios', () => {
  it('all pass on the offline policy', { timeout: 300_000 }, async () => {
    const report = await runScenarios(['app/support-desk/scenarios'], {
      llm: 'local',
      judgeLlm: null,
      callerLlm: null,
    });
    const problems = report.results
      .filter((r) => r.status === 'failed' || r.status === 'error')
      .map((r) => [`${r.name} (${r.file}): ${r.status} ${r.reason ?? ''}`, ...failureDetails(r, false)].join('\n  '));
    expect(problems, problems.join('\n\n')).toEqual([]);
    expect(report.passed).toBeGreaterThanOrEqual(8);
    expect(report.ok).toBe(true);
    // Both kinds of caller are exercised, and every scenario that names judges reports them skipped offline.
    expect(new Set(report.results.map((r) => r.caller))).toEqual(new Set(['say', 'persona']));
    for (const r of report.results) for (const j of r.judges) expect(j.verdict).toBe('skipped');
  });
});
