// `switchboard eval`: run scenario files against the app's workflow and report per scenario.
import { writeFileSync } from 'node:fs';
import { type Command, InvalidArgumentError, Option } from 'commander';
import pc from 'picocolors';

interface EvalFlags {
  workflow?: string;
  reporter: 'pretty' | 'json' | 'junit';
  out?: string;
  concurrency?: number;
  seed?: number;
  llm: 'local' | 'env';
  filter?: string;
}

function positiveInt(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`${name} must be a whole number ≥ 1.`);
    return n;
  };
}

function integer(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n)) throw new InvalidArgumentError('--seed must be a whole number.');
  return n;
}

export function registerEvalCommand(program: Command): void {
  program
    .command('eval')
    .description('Run scenario files (YAML) against the workflow: scripted or simulated callers, expectations, judges.')
    .argument('[paths...]', 'scenario files or folders (default: ./scenarios)')
    .option('--workflow <entry>', 'workflow module for scenarios that name none (default: the project entry)')
    .addOption(new Option('--reporter <name>', 'report format').choices(['pretty', 'json', 'junit']).default('pretty'))
    .option('--out <file>', 'write the report to this file instead of stdout')
    .option('--concurrency <n>', 'scenarios run at once (default 2)', positiveInt('--concurrency'))
    .option('--seed <n>', 'seed for simulated callers (same seed, same calls)', integer)
    .addOption(
      new Option('--llm <mode>', "agents' model: local (offline policy) or env (the configured model)")
        .choices(['local', 'env'])
        .default('local'),
    )
    .option('--filter <text>', 'only scenarios whose name contains this text')
    .action(async (paths: string[], flags: EvalFlags) => {
      // Loaded when the command runs, so `--help` and the other commands stay quick (src/cli/main.ts).
      const { failureDetails, renderJson, renderJunit, renderPretty, runScenarios, scenarioLine } =
        await import('../eval/index.js');
      // Progress goes to stderr so a JSON or JUnit report on stdout stays clean.
      const err = process.stderr;
      const color = Boolean(err.isTTY) && !process.env.NO_COLOR;
      const report = await runScenarios(paths, {
        workflow: flags.workflow,
        concurrency: flags.concurrency,
        seed: flags.seed,
        llm: flags.llm,
        filter: flags.filter,
        onProgress: (e) => {
          if (e.type === 'loaded') {
            for (const note of e.notes) err.write(`${pc.yellow('note:')} ${note}\n`);
            err.write(`Running ${e.total} scenario${e.total === 1 ? '' : 's'}...\n`);
          }
          if (e.type === 'finished') {
            err.write(`[${e.done}/${e.total}] ${scenarioLine(e.result, color)}\n`);
            if (e.result.status === 'failed' && flags.reporter !== 'pretty')
              for (const line of failureDetails(e.result, color)) err.write(`      ${line}\n`);
          }
        },
      });
      const text =
        flags.reporter === 'json'
          ? renderJson(report)
          : flags.reporter === 'junit'
            ? renderJunit(report)
            : renderPretty(report, flags.out ? false : Boolean(process.stdout.isTTY) && !process.env.NO_COLOR);
      if (flags.out) {
        writeFileSync(flags.out, text);
        err.write(`${flags.reporter} report written to ${flags.out}\n`);
      } else {
        process.stdout.write(text);
      }
      if (flags.reporter !== 'pretty' || flags.out) {
        err.write(
          `${report.passed} passed, ${report.failed} failed, ${report.errors} could not run, ${report.skipped} skipped\n`,
        );
      }
      process.exitCode = report.ok ? 0 : 1;
    });
}
