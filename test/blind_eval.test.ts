// Completion on conversations written blind: from each app's README, tool list and demo data only
// (see eval/blind/README.md). eval/blind holds the held-out batches, never opened while tuning;
// eval/dev holds earlier blind batches that policy developers have since looked at (reported apart).
// They run on the offline policy exactly as `switchboard eval` runs them; this prints the rates per
// app and batch and fails when an app drops about 10 points below the latest measurement (README: "Blind
// evaluation").
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
  pharmacy: 'eval/apps/pharmacy/workflow.ts',
  airline: 'eval/apps/airline/workflow.ts',
};

// Share of blind scenarios (dev + held out) that must complete correctly, per app. Set in session 30
// about 10 points below that session's end measurement (README "Blind evaluation"), so drift and the
// weekday (conversations that say "tomorrow") do not flake CI while a real regression of the policy
// fails: support desk 165/203, support 168/202, sales 173/197, intake 177/202, router 178/197,
// restaurant 167/197, appointment 174/197; library 90/120, bike shop 100/120, vet clinic 99/120,
// energy utility 67/100, car rental 36/75. Session 31 added the pharmacy (23/50 at its end) and
// raised the hotel's (31/50). Session 32 added the airline (21/50 at its end) and raised the
// library's (95/120), car rental's (44/75) and pharmacy's (25/50). Apps whose tools count dates and
// opening hours from the clock (appointment, car rental, hotel, pharmacy, airline) leave a few more
// points.
const FLOORS: Record<string, number> = {
  'support-desk': 0.71,
  support: 0.73,
  sales: 0.78,
  intake: 0.77,
  router: 0.8,
  restaurant: 0.75,
  appointment: 0.76,
  library: 0.69,
  'bike-shop': 0.73,
  'vet-clinic': 0.72,
  'energy-utility': 0.57,
  'car-rental': 0.48,
  hotel: 0.48,
  pharmacy: 0.4,
  airline: 0.32,
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
