// `switchboard worker <start|dev|connect> [entry]`: runs the LiveKit worker for an app. agents-js's
// cli.runApp parses process.argv itself and forks job processes that must load TypeScript, so the
// worker runs as its own Node process with tsx registered.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { defaultWorkflowEntry } from '../workflow/load_workflow.js';

const here = dirname(fileURLToPath(import.meta.url));

function workerMain(): string {
  // Source checkout: src/cli → src/worker/main.ts; packed install: dist/src/cli → dist/src/worker/main.js.
  const ts = join(here, '..', 'worker', 'main.ts');
  return existsSync(ts) ? ts : join(here, '..', 'worker', 'main.js');
}

export function registerWorkerCommand(program: Command): void {
  program
    .command('worker')
    .description('Run the LiveKit worker for an app (needs LIVEKIT_URL, LIVEKIT_API_KEY, LIVEKIT_API_SECRET).')
    .argument('<mode>', 'start (production), dev (development) or connect (join one room)')
    .argument(
      '[entry]',
      'workflow module (default: SWITCHBOARD_APP, package.json switchboard.workflow, or src/workflow.ts)',
    )
    .allowUnknownOption(true)
    .action(async (mode: string, entry: string | undefined, _opts: unknown, command: Command) => {
      if (!['start', 'dev', 'connect'].includes(mode))
        throw new Error(`Unknown worker mode "${mode}": use start, dev or connect.`);
      const app = resolve(entry ?? process.env.SWITCHBOARD_APP ?? defaultWorkflowEntry());
      const extra = command.args.slice(entry ? 2 : 1);
      const child = spawn(process.execPath, ['--import', 'tsx', workerMain(), mode, ...extra], {
        stdio: 'inherit',
        env: { ...process.env, SWITCHBOARD_APP: app },
      });
      for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
      process.exitCode = await new Promise<number>((done) =>
        child.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0))),
      );
    });
}
