// JUnit XML for CI: one testsuite per scenario file, one testcase per scenario. Failures carry
// the failed expectations and judges; the transcript goes to system-out.
import { failureDetails, transcriptExcerpt } from './pretty.js';
import type { EvalReport } from '../run_scenarios.js';
import type { ScenarioResult } from '../run_scenario.js';

function xml(text: string): string {
  return (
    text
      // XML 1.0 cannot carry most control characters, even escaped.
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

const secs = (ms: number) => (ms / 1000).toFixed(3);

function testcase(r: ScenarioResult): string {
  const head = `    <testcase classname="${xml(r.file)}" name="${xml(r.name)}" time="${secs(r.durationMs)}"`;
  const body: string[] = [];
  if (r.status === 'skipped') body.push(`      <skipped message="${xml(r.reason ?? '')}"/>`);
  if (r.status === 'error') body.push(`      <error message="${xml(r.reason ?? 'could not run')}"/>`);
  if (r.status === 'failed') {
    const first =
      r.expectations.find((e) => !e.ok)?.message ??
      r.judges.find((j) => j.verdict === 'fail')?.reason ??
      'scenario failed';
    body.push(`      <failure message="${xml(first)}">${xml(failureDetails(r, false).join('\n'))}</failure>`);
  }
  if (r.run) {
    const judges = r.judges.map((j) => `judge ${j.judge}: ${j.verdict} — ${j.reason}`);
    const out = [...judges, ...transcriptExcerpt(r.run.transcript, 200)].join('\n');
    body.push(`      <system-out>${xml(out)}</system-out>`);
  }
  return body.length ? `${head}>\n${body.join('\n')}\n    </testcase>` : `${head}/>`;
}

export function renderJunit(report: EvalReport): string {
  const byFile = new Map<string, ScenarioResult[]>();
  for (const r of report.results) byFile.set(r.file, [...(byFile.get(r.file) ?? []), r]);
  const suites = [...byFile].map(([file, results]) => {
    const n = (s: ScenarioResult['status']) => results.filter((r) => r.status === s).length;
    const time = results.reduce((t, r) => t + r.durationMs, 0);
    return [
      `  <testsuite name="${xml(file)}" tests="${results.length}" failures="${n('failed')}" errors="${n('error')}" skipped="${n('skipped')}" time="${secs(time)}">`,
      ...results.map(testcase),
      '  </testsuite>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="switchboard eval" tests="${report.results.length}" failures="${report.failed}" errors="${report.errors}" skipped="${report.skipped}" time="${secs(report.durationMs)}">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}
