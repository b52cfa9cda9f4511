import type { Command } from 'commander';
import type { ConsoleFlags } from './console_call.js';

export function registerConsoleCommand(program: Command): void {
  program
    .command('console')
    .description('Talk to an app in the terminal (offline by default), or run a script of caller lines.')
    .argument('[entry]', 'workflow module (default: package.json switchboard.workflow, or src/workflow.ts)')
    .option('--script <file>', 'read one caller utterance per line (blank lines and # comments skipped)')
    .option(
      '--events <file>',
      "with --script: write one JSON event per line to this file, or '-' for stdout (without it: the readable transcript)",
    )
    .option('--echo', 'with --script and --events: also print the readable transcript (to stderr with --events -)')
    .option('--voice', 'speak replies through the sound device (espeak-ng offline, or the configured TTS)')
    .option('--record <file.wav>', "write the agent's audio to a WAV file instead of playing it")
    .option(
      '--records <path|off>',
      "where to write the call's session record (a SQLite file; default DATABASE_URL, else SWITCHBOARD_DB, else ./data/switchboard.db), or 'off'",
    )
    .action(async (entry: string | undefined, flags: ConsoleFlags) => {
      // The call's machinery (app, framework, providers) loads only when the command runs, so
      // `--help` and the other commands stay quick.
      const { runConsoleCommand } = await import('./console_call.js');
      await runConsoleCommand(entry, flags);
    });
}
