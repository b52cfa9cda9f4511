// The eval runner end to end on the support desk: a wrong expectation fails visibly in every
// reporter, judges are skipped offline and decide with a model, bad files fail before anything runs.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { ScriptedTextLLM } from '../testing/scripted_text_llm.js';
import { loadScenarios, ScenarioFileError } from './load_scenarios.js';
import { renderJson, renderJunit, renderPretty } from './reporters/index.js';
import { runScenarios } from './run_scenarios.js';

const workflow = resolve('app/support-desk/workflow.ts');
const dir = mkdtempSync(join(tmpdir(), 'eval-runner-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
  return path;
}

const hangUp = (name: string, expect: string, judges = '') => `
  - name: ${name}
    workflow: ${workflow}
    caller:
      say: ["sorry, wrong number, bye"]
    expect:
${expect}
${judges}`;

describe('runScenarios', () => {
  it('fails a scenario with a wrong expectation, visibly, and passes the right one', { timeout: 120_000 }, async () => {
    const path = file(
      'wrong.yaml',
      `scenarios:${hangUp('wrongly expects billing', '      reach: [billing]\n      outcome: escalated')}${hangUp(
        'ends at the greeter',
        '      reach: [greeter]\n      notReach: [triage]\n      outcome: abandoned\n      everyTurnAnswered: true',
        '    judges: [task_completion]',
      )}`,
    );
    const report = await runScenarios([path], { judgeLlm: null });
    expect(report.ok).toBe(false);
    const [wrong, right] = report.results;
    expect(wrong).toMatchObject({ name: 'wrongly expects billing', status: 'failed' });
    expect(wrong!.expectations.filter((e) => !e.ok).map((e) => e.key)).toEqual(['expect.reach', 'expect.outcome']);
    expect(wrong!.expectations[0]!.message).toBe('expected to reach billing in order; path was greeter');
    // Nothing was done for a wrong number: the call is abandoned, not resolved.
    expect(wrong!.expectations[1]!.message).toBe('expected outcome escalated, got abandoned');
    expect(right).toMatchObject({ status: 'passed' });
    expect(right!.judges).toEqual([expect.objectContaining({ judge: 'task_completion', verdict: 'skipped' })]);
    expect(right!.judges[0]!.reason).toMatch(/^needs an LLM/);

    const pretty = renderPretty(report, false);
    expect(pretty).toContain('✗ wrongly expects billing');
    expect(pretty).toContain('expect.reach: expected to reach billing in order; path was greeter');
    expect(pretty).toContain('caller> sorry, wrong number, bye');
    expect(pretty).toMatch(/1 passed, 1 failed/);

    const junit = renderJunit(report);
    expect(junit).toMatch(/<testsuites name="switchboard eval" tests="2" failures="1" errors="0" skipped="0"/);
    expect(junit).toContain('<failure message="expected to reach billing in order; path was greeter">');

    const json = JSON.parse(renderJson(report));
    expect(json.ok).toBe(false);
    expect(json.scenarios[1]).toMatchObject({ status: 'passed', path: ['greeter'], outcome: 'abandoned', handoffs: 0 });
    expect(json.scenarios[1].calls).toEqual([
      expect.objectContaining({ name: 'end_call', ok: true, agent: 'greeter' }),
    ]);
    expect(typeof json.scenarios[1].turns[0].latencyMs).toBe('number');
  });

  it('lets a judge with a model fail a scenario whose expectations pass', { timeout: 60_000 }, async () => {
    const path = file(
      'judged.yaml',
      `scenarios:${hangUp('judged', '      outcome: abandoned', '    judges: [task_completion, conciseness]')}`,
    );
    const judge = new ScriptedTextLLM((ctx) =>
      JSON.stringify(
        ctx.items[0]?.type === 'message' && ctx.items[0].textContent?.includes('task_completion')
          ? { verdict: 'fail', reason: 'the caller was never asked what they needed' }
          : { verdict: 'pass', reason: 'short replies' },
      ),
    );
    const report = await runScenarios([path], { judgeLlm: judge });
    expect(report.results[0]).toMatchObject({ status: 'failed' });
    expect(report.results[0]!.judges).toEqual([
      { judge: 'task_completion', verdict: 'fail', reason: 'the caller was never asked what they needed' },
      { judge: 'conciseness', verdict: 'pass', reason: 'short replies' },
    ]);
    // The judges read the real transcript.
    const user = judge.prompts[0]!.items[1]!;
    expect(user.type === 'message' && user.textContent).toContain('Caller: sorry, wrong number, bye');
    expect(renderPretty(report, false)).toContain('judge task_completion: fail — the caller was never asked');
  });

  it('repeats a simulated caller exactly for the same seed', { timeout: 120_000 }, async () => {
    const path = file(
      'persona.yaml',
      `name: persona
workflow: ${workflow}
caller:
  persona:
    name: Marcus Johnson
    goal: find out which of his invoices are unpaid
    facts: { account number: "58204417" }
    maxTurns: 5
`,
    );
    const lines = async () =>
      (await runScenarios([path], { seed: 7 })).results[0]!.run!.transcript.filter((l) => l.kind === 'caller').map(
        (l) => l.text,
      );
    const first = await lines();
    expect(first.length).toBeGreaterThan(1);
    expect(await lines()).toEqual(first);
  });
});

describe('loadScenarios', () => {
  it('names the file, the scenario and the key of every problem, before anything runs', async () => {
    const bad = join(dir, 'bad');
    file(
      'bad/agents_and_tools.yaml',
      `scenarios:
  - name: typo in reach
    workflow: ${workflow}
    caller: { say: [hi] }
    expect:
      reach: [triage, biling]
      calls:
        - name: refund_everything
      noSuccessfulCalls: [request_refund]
  - name: two callers
    workflow: ${workflow}
    caller:
      say: [hi]
      persona: { goal: get a refund }
  - workflow: ${workflow}
    caller: { say: [hi] }
    expect: { outcome: happy }
`,
    );
    file('bad/broken.yaml', 'name: broken\ncaller:\n  say: [hi\n');
    const error = await loadScenarios([bad]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScenarioFileError);
    const problems = (error as ScenarioFileError).problems.join('\n');
    const where = (name: string) => `${join(bad, 'agents_and_tools.yaml')}: scenario ${name}`;
    expect(problems).toContain(
      `${where('"typo in reach" (#1)')}: expect.reach[1]: unknown agent "biling" (the agents are`,
    );
    expect(problems).toContain(
      `${where('"typo in reach" (#1)')}: expect.calls[0].name: unknown tool "refund_everything"`,
    );
    expect(problems).toContain(`${where('"two callers" (#2)')}: caller has both "say" and "persona": use exactly one`);
    expect(problems).toContain(`${where('#3')}: name is required`);
    expect(problems).toContain(
      `${where('#3')}: expect.outcome must be one of resolved, escalated, abandoned, error (got "happy")`,
    );
    expect(problems).toMatch(/broken\.yaml: YAML error: .*at line \d+, column \d+/);
    expect((error as Error).message).toMatch(/^Bad scenario files \(6 problems\):/);
  });

  it('reads a single scenario with the exact shape of the documentation, and keeps extra keys as notes', async () => {
    const path = file(
      'doc_shape.yml',
      `name: refund after verification
workflow: ${workflow}
owner: billing-team
caller:
  persona:
    name: Maria Gonzalez
    goal: get the duplicate charge on her last bill refunded
    facts: { email: maria.gonzalez@example.com, account number: "40012345" }
    maxTurns: 12
expect:
  reach: [triage, billing]
  notReach: [escalation]
  calls:
    - name: request_refund
      args: { invoice_id: INV-2041 }
      ok: true
  noSuccessfulCalls: [request_refund]
  userdata: { callerName: Maria Gonzalez }
  outcome: resolved
  everyTurnAnswered: true
  maxHandoffs: 4
  maxTurnMs: 2000
judges: [task_completion, handoff]
`,
    );
    const [loaded] = await loadScenarios([path]);
    expect(loaded!.spec.caller.persona).toMatchObject({ maxTurns: 12, facts: { 'account number': '40012345' } });
    expect(loaded!.spec.expect).toMatchObject({ maxTurnMs: 2000, maxHandoffs: 4, outcome: 'resolved' });
    expect(loaded!.notes).toEqual([expect.stringContaining('key "owner" has no meaning')]);
    expect(loaded!.workflow.agents).toEqual(['greeter', 'triage', 'technical', 'billing', 'escalation']);
  });
});
