// `switchboard` command line: console, check, and the commands other folders register.
import 'dotenv/config';
import { Command, CommanderError } from 'commander';
import pc from 'picocolors';
// Start-up time: this file and the command definitions it imports load only commander and small
// helpers; each command's implementation (the app, the framework, the policy) is imported by its
// action when it runs, so `--help`, `new` and `report` never pay for loading the framework.
import { registerCheckCommand } from './check_command.js';
import { registerGraphCommand } from '../graph/graph_command.js';
import { registerReportCommands } from '../observability/report/report_command.js';
import { registerNewCommand } from '../scaffold/new_command.js';
import { registerConsoleCommand } from './console_command.js';
import { registerEvalCommand } from './eval_command.js';
import { enableTypeScriptApps } from './typescript_apps.js';
import { registerWorkerCommand } from './worker_command.js';

/** Commands that never load the framework (its logger set-up alone loads all of it) or an app. */
const FRAMEWORK_FREE = new Set(['new', 'report', 'worker']);

const program = new Command()
  .name('switchboard')
  .description('Build, run, test and observe multi-agent voice agents with handoffs on LiveKit Agents.')
  .showHelpAfterError()
  .exitOverride();

registerConsoleCommand(program);
registerCheckCommand(program);
registerReportCommands(program);
registerGraphCommand(program);
registerNewCommand(program);
registerWorkerCommand(program);
registerEvalCommand(program);

program.hook('preAction', async (_program, action) => {
  let command = action;
  while (command.parent && command.parent !== program) command = command.parent;
  if (FRAMEWORK_FREE.has(command.name())) return;
  // Console output is the product here: framework logs go to stderr, errors only unless LOG_LEVEL says.
  const { initializeCliLogger } = await import('./log_to_stderr.js');
  initializeCliLogger(process.env.LOG_LEVEL ?? 'error');
  await enableTypeScriptApps();
});

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode;
  } else {
    // Expected failures (bad file, bad config) carry a sentence; never dump a stack at users.
    process.stderr.write(`${pc.red('error:')} ${(error as Error).message}\n`);
    if (process.env.SWITCHBOARD_DEBUG) process.stderr.write(`${(error as Error).stack}\n`);
    process.exitCode = 1;
  }
}
// Commands await their own cleanup (records flushed, files closed); agents-js can leave idle
// timers behind after a session closes, which would hold a finished command open for seconds.
process.exit();
