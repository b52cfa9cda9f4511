// `switchboard` command line: console, check, and the commands other folders register.
import 'dotenv/config';
import { Command, CommanderError } from 'commander';
import pc from 'picocolors';
import { registerCheckCommand } from './check_command.js';
import { registerGraphCommand } from '../graph/index.js';
import { registerReportCommands } from '../observability/index.js';
import { registerNewCommand } from '../scaffold/index.js';
import { registerConsoleCommand } from './console_command.js';
import { registerEvalCommand } from './eval_command.js';
import { initializeCliLogger } from './log_to_stderr.js';
import { registerWorkerCommand } from './worker_command.js';

// Console output is the product here: framework logs go to stderr, errors only unless LOG_LEVEL says.
initializeCliLogger(process.env.LOG_LEVEL ?? 'error');

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
