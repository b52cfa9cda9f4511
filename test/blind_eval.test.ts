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

// Share of blind scenarios (dev + held out) that must complete correctly, per app: about 10 points
// below the latest end-of-session measurement (README "Blind evaluation"), so drift and the weekday
// (conversations that say "tomorrow") do not flake CI while a real regression of the policy fails.
// Session 33 added a held-out batch 11 and a dev batch 12 to every template (harder, more varied
// callers: 73 % and 67 % cold), so the templates' floors were set again on the new mix: support desk
// 200/253, support 212/252, sales 201/247, intake 214/252, router 224/247, restaurant 202/247,
// appointment 218/247; library 97/120, bike shop 102/120, vet clinic 101/120, energy utility 69/100,
// car rental 44/75, hotel 31/50, pharmacy 30/50, airline 41/75. Apps whose tools count dates and
// opening hours from the clock (appointment, car rental, hotel, pharmacy, airline, vet clinic) leave
// a few more points.
const FLOORS: Record<string, number> = {
  'support-desk': 0.7,
  support: 0.74,
  sales: 0.72,
  intake: 0.75,
  router: 0.8,
  restaurant: 0.72,
  appointment: 0.78,
  library: 0.7,
  'bike-shop': 0.75,
  'vet-clinic': 0.73,
  'energy-utility': 0.59,
  'car-rental': 0.48,
  hotel: 0.5,
  pharmacy: 0.5,
  airline: 0.44,
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
