// Completion on conversations written blind: from each app's README, tool list and demo data only
// (see eval/blind/README.md). eval/blind holds the held-out batches, never opened while tuning;
// eval/dev holds earlier blind batches that policy developers have since looked at (reported apart).
// They run on the offline policy exactly as `switchboard eval` runs them; this prints the rates per
// app and batch and fails when an app drops below the floor set from the first honest measurement
// (README: "Blind evaluation").
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type EvalReport, failureDetails, runScenarios } from '../src/eval/index.js';

const APPS: Record<string, string> = {
  'support-desk': 'app/support-desk/workflow.ts',
  support: 'templates/support/src/workflow.ts',
  sales: 'templates/sales/src/workflow.ts',
  intake: 'templates/intake/src/workflow.ts',
  router: 'templates/router/src/workflow.ts',
  restaurant: 'templates/restaurant/src/workflow.ts',
  appointment: 'templates/appointment/src/workflow.ts',
  // Apps built by helpers acting as new users, from the README and templates only (eval/apps):
  // the policy was not developed on them, so they measure what a user's own app meets.
  library: 'eval/apps/library/workflow.ts',
  'bike-shop': 'eval/apps/bike-shop/workflow.ts',
  'vet-clinic': 'eval/apps/vet-clinic/workflow.ts',
  'energy-utility': 'eval/apps/energy-utility/workflow.ts',
  'car-rental': 'eval/apps/car-rental/workflow.ts',
  hotel: 'eval/apps/hotel/workflow.ts',
};

// Share of blind scenarios that must complete correctly, per app. Raised only when a new blind
// batch (not one looked at while tuning) measures higher.
const FLOORS: Record<string, number> = {
  // Set ~10 points below the session-20 measurement (dev + held-out together, README "Blind
  // evaluation") so drift does not flake CI while a real regression of the policy still fails.
  // The appointment template reads today's date, so its floor leaves more room.
  'support-desk': 0.53,
  support: 0.5,
  sales: 0.42,
  intake: 0.6,
  router: 0.63,
  restaurant: 0.55,
  appointment: 0.58,
  // Session 23: a little below the figures measured when they were added (README "Blind evaluation");
  // bike shop and vet clinic raised in session 24, when their held-out batches measured higher
  // (11 / 25 and 20 / 50), still ~10 points below. The energy utility was added in session 24.
  library: 0.3,
  'bike-shop': 0.3,
  'vet-clinic': 0.25,
  'energy-utility': 0.22,
  // Session 26: built and measured before any policy work looked at it (6 / 25 on each batch).
  'car-rental': 0.16,
  // Session 30: built and measured before any policy work looked at it (6 / 25 on each batch).
  hotel: 0.16,
};

const summary: Record<string, { passed: number; total: number; rate: number; failed: string[] }> = {};

describe('blind evaluation conversations (offline policy)', () => {
  for (const [app, workflow] of Object.entries(APPS)) {
    it(`${app}: completes at least ${Math.round(FLOORS[app]! * 100)} % of its blind conversations`, async () => {
      const report: EvalReport = await runScenarios([`eval/dev/${app}`, `eval/blind/${app}`], {
        workflow,
        llm: 'local',
        judgeLlm: null,
        callerLlm: null,
        concurrency: 2,
      });
      const total = report.results.filter((r) => r.status !== 'skipped').length;
      const rate = total === 0 ? 0 : report.passed / total;
      summary[app] = {
        passed: report.passed,
        total,
        rate,
        failed: report.results.filter((r) => r.status === 'failed' || r.status === 'error').map((r) => r.name),
      };
      process.stdout.write(
        `blind eval ${app}: ${report.passed}/${total} completed (${(rate * 100).toFixed(1)} %), floor ${Math.round(FLOORS[app]! * 100)} %\n`,
      );
      // Per batch too: a batch looked at while tuning stops counting as held out (eval/blind/README.md).
      const batches = new Map<string, { passed: number; total: number }>();
      for (const r of report.results) {
        if (r.status === 'skipped') continue;
        const set = r.file.includes('/dev/') ? 'dev' : 'held-out';
        const batch = `${set} ${basename(r.file).replace(/\.ya?ml$/, '')}`;
        const b = batches.get(batch) ?? { passed: 0, total: 0 };
        b.total += 1;
        if (r.status === 'passed') b.passed += 1;
        batches.set(batch, b);
      }
      for (const [batch, b] of [...batches].sort()) process.stdout.write(`  ${app} ${batch}: ${b.passed}/${b.total}\n`);
      if (process.env.BLIND_EVAL_DETAILS) {
        for (const r of report.results)
          if (r.status !== 'passed') process.stdout.write(`${failureDetails(r, false).join('\n')}\n`);
      }
      mkdirSync('data', { recursive: true });
      writeFileSync('data/blind-eval.json', JSON.stringify(summary, null, 2));
      expect(rate).toBeGreaterThanOrEqual(FLOORS[app]!);
    }, 600_000);
  }
});
