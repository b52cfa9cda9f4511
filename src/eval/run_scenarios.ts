// Runs many scenarios, a few at a time, each in its own session and stores. This is the
// programmatic entry point: `await runScenarios(['app/support-desk/scenarios'])` from a test.
import { cpus } from 'node:os';
import type { llm } from '@livekit/agents';
import { chooseEvalModels } from './eval_models.js';
import { loadScenarios, type LoadedScenario } from './load_scenarios.js';
import { runScenario, type ScenarioResult } from './run_scenario.js';

export interface RunScenariosOptions {
  /** Workflow for scenarios that name none (default: the project's entry). */
  workflow?: string;
  /** How many scenarios run at once (default: 2, at most the CPU count). */
  concurrency?: number;
  /** Base seed for simulated callers (default 1). */
  seed?: number;
  /** `local` (default): the offline policy; `env`: the configured model; or a model instance. */
  llm?: 'local' | 'env' | llm.LLM;
  /** Judge model; `null` turns judges off (skipped). Default: EVAL_JUDGE_LLM, else the agents' real model. */
  judgeLlm?: llm.LLM | null;
  /** Persona model; `null` forces the rule-based caller. Default: EVAL_CALLER_LLM, else the agents' real model. */
  callerLlm?: llm.LLM | null;
  /** Only scenarios whose name contains this text (case-insensitive). */
  filter?: string;
  turnTimeoutMs?: number;
  cwd?: string;
  env?: Record<string, string | undefined>;
  /** Called as scenarios start and finish (progress lines, bars). */
  onProgress?: (event: ProgressEvent) => void;
}

export type ProgressEvent =
  | { type: 'loaded'; total: number; notes: string[] }
  | { type: 'started'; name: string; index: number; total: number }
  | { type: 'finished'; result: ScenarioResult; done: number; total: number };

export interface EvalReport {
  results: ScenarioResult[];
  passed: number;
  failed: number;
  skipped: number;
  /** Scenarios that could not run (a crash, a workflow that failed to build). */
  errors: number;
  /** True when every scenario that ran passed. */
  ok: boolean;
  durationMs: number;
  seed: number;
  llm: string;
  judgeLlm?: string;
  callerLlm?: string;
}

/** Run already loaded scenarios. */
export async function runLoadedScenarios(
  scenarios: LoadedScenario[],
  options: RunScenariosOptions = {},
): Promise<EvalReport> {
  const started = performance.now();
  const seed = options.seed ?? 1;
  const env = options.env ?? process.env;
  const mode = typeof options.llm === 'string' || options.llm === undefined ? (options.llm ?? 'local') : undefined;
  const models = mode
    ? chooseEvalModels(mode, env)
    : {
        session: options.llm as llm.LLM,
        sessionLabel: (options.llm as llm.LLM).label(),
        judge: undefined,
        caller: undefined,
      };
  const judgeLlm = options.judgeLlm === null ? undefined : (options.judgeLlm ?? models.judge);
  const callerLlm = options.callerLlm === null ? undefined : (options.callerLlm ?? models.caller);

  const wanted = options.filter
    ? scenarios.filter((s) => s.spec.name.toLowerCase().includes(options.filter!.toLowerCase()))
    : scenarios;
  const total = wanted.length;
  const concurrency = Math.max(1, Math.min(options.concurrency ?? Math.min(2, cpus().length), total || 1));
  const results: ScenarioResult[] = new Array(total);
  let next = 0;
  let done = 0;
  // Calls finish closing while the next scenario runs; a few at most per worker, all before the report.
  const worker = async () => {
    const closing: Promise<void>[] = [];
    for (;;) {
      if (closing.length >= 3) await closing.shift();
      if (next >= total) break;
      const index = next++;
      const scenario = wanted[index]!;
      options.onProgress?.({ type: 'started', name: scenario.spec.name, index, total });
      const result = await runScenario(scenario, {
        llm: 'perCall' in models && models.perCall ? models.perCall() : models.session,
        judgeLlm,
        callerLlm,
        seed,
        turnTimeoutMs: options.turnTimeoutMs,
        deferCleanup: (cleanup) => closing.push(cleanup),
      });
      results[index] = result;
      done += 1;
      options.onProgress?.({ type: 'finished', result, done, total });
    }
    await Promise.all(closing);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));

  const count = (status: ScenarioResult['status']) => results.filter((r) => r.status === status).length;
  const report: EvalReport = {
    results,
    passed: count('passed'),
    failed: count('failed'),
    skipped: count('skipped'),
    errors: count('error'),
    ok: false,
    durationMs: performance.now() - started,
    seed,
    llm: models.sessionLabel,
    judgeLlm: judgeLlm
      ? judgeLlm === options.judgeLlm
        ? judgeLlm.label()
        : (models as { judgeLabel?: string }).judgeLabel
      : undefined,
    callerLlm: callerLlm
      ? callerLlm === options.callerLlm
        ? callerLlm.label()
        : (models as { callerLabel?: string }).callerLabel
      : undefined,
  };
  report.ok = report.failed === 0 && report.errors === 0 && total > 0;
  return report;
}

/**
 * Load scenario files and folders, validate them all (ScenarioFileError before anything runs),
 * then run them. Resolves with every result; never throws for a failing scenario.
 */
export async function runScenarios(paths: string[], options: RunScenariosOptions = {}): Promise<EvalReport> {
  const scenarios = await loadScenarios(paths, { workflow: options.workflow, cwd: options.cwd });
  options.onProgress?.({ type: 'loaded', total: scenarios.length, notes: scenarios.flatMap((s) => s.notes) });
  return runLoadedScenarios(scenarios, options);
}
