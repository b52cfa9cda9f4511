// Human-readable eval output: one line per scenario, and for each failure the expectation that
// failed, the judges' reasons and the end of the transcript.
import pc from 'picocolors';
import type { TranscriptLine } from '../run_record.js';
import type { ScenarioResult } from '../run_scenario.js';
import type { EvalReport } from '../run_scenarios.js';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The one-line status of a finished scenario (also the progress line). */
export function scenarioLine(result: ScenarioResult, color = true): string {
  const c = color ? pc : { green: String, red: String, yellow: String, dim: String, bold: String };
  const turns = result.run ? `${result.run.turns.length} turns, ` : '';
  switch (result.status) {
    case 'passed':
      return `${c.green('✓')} ${result.name} ${c.dim(`(${turns}${seconds(result.durationMs)})`)}`;
    case 'failed':
      return `${c.red('✗')} ${result.name} ${c.dim(`(${turns}${seconds(result.durationMs)}) ${result.file}`)}`;
    case 'skipped':
      return `${c.yellow('-')} ${result.name} ${c.dim(`skipped: ${result.reason}`)}`;
    default:
      return `${c.red('!')} ${result.name} ${c.dim(result.file)} could not run: ${result.reason}`;
  }
}

function transcriptLine(line: TranscriptLine): string {
  switch (line.kind) {
    case 'caller':
      return `caller> ${line.text}`;
    case 'agent':
      return `[${line.agent}] ${line.text}`;
    case 'tool':
      return `    ⚙ ${line.text}`;
    case 'handoff':
      return `  ⇢ ${line.text}`;
    default:
      return `  (${line.kind}) ${line.text}`;
  }
}

/** The last lines of a transcript, shortened for a terminal. */
export function transcriptExcerpt(lines: TranscriptLine[], count = 12): string[] {
  const tail = lines.slice(-count).map((l) => {
    const text = transcriptLine(l);
    return text.length > 160 ? `${text.slice(0, 157)}...` : text;
  });
  return lines.length > count ? [`... (${lines.length - count} earlier lines)`, ...tail] : tail;
}

/** Details for a scenario that did not pass. */
export function failureDetails(result: ScenarioResult, color = true): string[] {
  const red = color ? pc.red : String;
  const dim = color ? pc.dim : String;
  const out: string[] = [];
  for (const e of result.expectations.filter((x) => !x.ok)) out.push(`${red(e.key)}: ${e.message}`);
  for (const j of result.judges.filter((x) => x.verdict === 'fail'))
    out.push(`${red(`judge ${j.judge}`)}: fail — ${j.reason}`);
  if (result.run) {
    out.push(
      dim(
        `path: ${result.run.path.join(' → ')}; outcome: ${result.run.outcome}; caller: ${result.run.callerEnd ?? '-'}`,
      ),
    );
    out.push(dim('transcript (end):'), ...transcriptExcerpt(result.run.transcript).map((l) => dim(`  ${l}`)));
  }
  return out;
}

export function renderPretty(report: EvalReport, color = true): string {
  const c = color ? pc : { green: String, red: String, yellow: String, dim: String, bold: String };
  const lines: string[] = [];
  for (const r of report.results) {
    lines.push(scenarioLine(r, color));
    if (r.status === 'failed') lines.push(...failureDetails(r, color).map((l) => `    ${l}`));
    for (const j of r.judges.filter((x) => x.verdict === 'pass' || x.verdict === 'maybe'))
      lines.push(`    ${c.dim(`judge ${j.judge}: ${j.verdict}${j.reason ? ` — ${j.reason}` : ''}`)}`);
    const skipped = r.judges.filter((x) => x.verdict === 'skipped');
    if (skipped.length)
      lines.push(
        `    ${c.yellow(`judges skipped: ${skipped.map((j) => j.judge).join(', ')}`)} ${c.dim(`(${skipped[0]!.reason})`)}`,
      );
  }
  const parts = [
    c.green(`${report.passed} passed`),
    report.failed ? c.red(`${report.failed} failed`) : '',
    report.errors ? c.red(`${report.errors} could not run`) : '',
    report.skipped ? c.yellow(`${report.skipped} skipped`) : '',
  ].filter(Boolean);
  lines.push(
    '',
    `${c.bold(parts.join(', '))} ${c.dim(`in ${seconds(report.durationMs)} · LLM: ${report.llm} · judges: ${report.judgeLlm ?? 'none (skipped)'} · seed ${report.seed}`)}`,
  );
  return `${lines.join('\n')}\n`;
}
