import type { Command } from 'commander';
import pc from 'picocolors';

export function registerCheckCommand(program: Command): void {
  program
    .command('check')
    .description("Load an app's workflow and validate its graph; exits non-zero on problems.")
    .argument('[entry]', 'workflow module (default: package.json switchboard.workflow, or src/workflow.ts)')
    .option('--json', 'print problems as JSON')
    .action(async (entry: string | undefined, opts: { json?: boolean }) => {
      // Loaded when the command runs, so `--help` and the other commands stay quick (src/cli/main.ts).
      const { loadWorkflow } = await import('../workflow/load_workflow.js');
      const { inspectWorkflow } = await import('../workflow/compile.js');
      const spec = await loadWorkflow(entry);
      const { problems, compiled } = inspectWorkflow(spec);
      if (opts.json) {
        process.stdout.write(
          `${JSON.stringify({ workflow: spec.name, ok: problems.length === 0, problems }, null, 2)}\n`,
        );
      } else if (problems.length === 0) {
        process.stdout.write(
          `${pc.green('✓')} ${spec.name}: ${compiled.agents.size} agents, ${compiled.edges.length} edges, no problems.\n`,
        );
      } else {
        process.stdout.write(`${pc.red('✗')} ${spec.name}: ${problems.length} problem(s)\n`);
        for (const p of problems) {
          const where = [p.agent && `agent ${pc.bold(p.agent)}`, p.edge && `edge ${pc.bold(p.edge)}`]
            .filter(Boolean)
            .join(', ');
          process.stdout.write(`  - ${where ? `${where}: ` : ''}${p.message}\n`);
        }
      }
      if (problems.length > 0) process.exitCode = 1;
    });
}
