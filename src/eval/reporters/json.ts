// Machine-readable eval output: everything the run recorded, per scenario and per turn.
import type { EvalReport } from '../run_scenarios.js';

export function renderJson(report: EvalReport): string {
  const round = (ms: number | undefined) => (ms === undefined ? null : Math.round(ms));
  return `${JSON.stringify(
    {
      ok: report.ok,
      summary: {
        passed: report.passed,
        failed: report.failed,
        skipped: report.skipped,
        errors: report.errors,
        durationMs: round(report.durationMs),
      },
      seed: report.seed,
      llm: report.llm,
      judgeLlm: report.judgeLlm ?? null,
      callerLlm: report.callerLlm ?? null,
      scenarios: report.results.map((r) => ({
        name: r.name,
        file: r.file,
        workflow: r.workflow,
        status: r.status,
        reason: r.reason ?? null,
        caller: r.caller,
        seed: r.seed,
        durationMs: round(r.durationMs),
        expectations: r.expectations,
        judges: r.judges,
        notes: r.notes,
        path: r.run?.path ?? [],
        handoffs: r.run?.handoffs ?? 0,
        outcome: r.run?.outcome ?? null,
        callerEnd: r.run?.callerEnd ?? null,
        userdata: r.run?.userdata ?? null,
        calls: r.run?.calls ?? [],
        turns: (r.run?.turns ?? []).map((t) => ({ ...t, latencyMs: round(t.latencyMs) })),
        transcript: r.run?.transcript ?? [],
        errors: r.run?.errors ?? [],
      })),
    },
    null,
    2,
  )}\n`;
}
