import { Option, type Command } from 'commander';
import pc from 'picocolors';
import { defaultWorkflowEntry } from '../workflow/load_workflow.js';
import { renderMermaid } from './mermaid.js';

interface GraphFlags {
  format: 'mermaid' | 'json';
  embed?: string;
  check?: boolean;
}

export function registerGraphCommand(program: Command): void {
  program
    .command('graph')
    .description('Draw the workflow as a Mermaid flowchart or JSON; --embed keeps a README diagram current.')
    .argument('[entry]', 'workflow module (default: package.json switchboard.workflow, or src/workflow.ts)')
    .addOption(new Option('--format <format>', 'output format').choices(['mermaid', 'json']).default('mermaid'))
    .option('--embed <file.md>', 'write the diagram between <!-- graph:start --> and <!-- graph:end --> in this file')
    .option('--check', 'with --embed: write nothing, exit 1 when the embedded diagram differs from the workflow')
    .action(async (named: string | undefined, flags: GraphFlags) => {
      const entry = named ?? defaultWorkflowEntry();
      if (flags.check && !flags.embed) {
        throw new Error('--check compares an embedded diagram: add --embed <file.md> (for example --embed README.md).');
      }
      // Loaded when the command runs (it loads the app and the library), so `--help` stays quick.
      const { loadGraph, syncDiagram } = await import('./sync_diagram.js');
      if (flags.embed) {
        if (flags.format !== 'mermaid') throw new Error('--embed writes Mermaid only: drop --format json.');
        const result = await syncDiagram({ entry, markdownFile: flags.embed, check: flags.check });
        if (result === 'stale') {
          process.stderr.write(
            `${pc.red('✗')} the diagram in ${flags.embed} is out of date: run \`switchboard graph ${entry} --embed ${flags.embed}\`.\n`,
          );
          process.exitCode = 1;
        } else {
          process.stderr.write(`${pc.green('✓')} ${flags.embed}: diagram ${result}.\n`);
        }
        return;
      }
      const graph = await loadGraph(entry);
      process.stdout.write(flags.format === 'json' ? `${JSON.stringify(graph, null, 2)}\n` : renderMermaid(graph));
    });
}
