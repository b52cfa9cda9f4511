import * as prompts from '@clack/prompts';
import type { Command } from 'commander';
import { basename, relative, resolve } from 'node:path';
import pc from 'picocolors';
import { checkName, createProject, resolvePattern, ScaffoldError, type SwitchboardSource } from './create_project.js';
import { packageNameFromDir, packageNameProblems } from './package_name.js';
import { PATTERN_NAMES, PATTERNS } from './patterns.js';

interface NewFlags {
  pattern?: string;
  name?: string;
  yes?: boolean;
  force?: boolean;
  switchboard?: string;
}

function parseSource(value: string | undefined): SwitchboardSource | undefined {
  if (value === undefined) return undefined;
  if (value === 'pack' || value === 'registry') return value;
  if (value.endsWith('.tgz')) return { tarball: value };
  throw new ScaffoldError(`--switchboard ${value}: use pack, registry, or the path of a switchboard .tgz.`);
}

/** Ask for whatever the flags left open; a cancelled prompt ends the command quietly. */
async function askMissing(dir: string, flags: NewFlags): Promise<{ pattern: string; name: string } | undefined> {
  prompts.intro(pc.bold('switchboard new'));
  let name = flags.name;
  if (name === undefined) {
    const answer = await prompts.text({
      message: 'Package name',
      initialValue: packageNameFromDir(basename(resolve(dir))),
      validate: (value) => packageNameProblems(value ?? '')[0],
    });
    if (prompts.isCancel(answer)) return undefined;
    name = answer;
  }
  let pattern = flags.pattern;
  if (pattern === undefined) {
    const answer = await prompts.select({
      message: 'Workflow pattern',
      options: PATTERNS.map((p) => ({ value: p.name, label: `${p.name} — ${p.title}`, hint: p.flow })),
      initialValue: 'support',
    });
    if (prompts.isCancel(answer)) return undefined;
    pattern = answer;
  }
  return { pattern, name };
}

export function registerNewCommand(program: Command): void {
  program
    .command('new')
    .description('Create a voice-agent project from a workflow pattern (interactive in a terminal).')
    .argument('<dir>', 'folder to create the project in (new or empty)')
    .option('--pattern <name>', `workflow pattern: ${PATTERN_NAMES.join(', ')}`)
    .option('--name <pkg-name>', 'npm package name (default: from the folder name)')
    .option('-y, --yes', 'do not ask: use the flags and defaults (for scripts and CI)')
    .option('--force', 'write into a non-empty folder, replacing files the template also has')
    .option('--switchboard <source>', 'where the switchboard dependency comes from: pack, registry or a .tgz path')
    .action(async (dir: string, flags: NewFlags) => {
      // Bad flags fail before any question is asked.
      if (flags.pattern !== undefined) resolvePattern(flags.pattern);
      if (flags.name !== undefined) checkName(flags.name);
      const source = parseSource(flags.switchboard);

      let pattern = flags.pattern;
      let name = flags.name;
      const interactive = !flags.yes && Boolean(process.stdin.isTTY) && Boolean(process.stdout.isTTY);
      if (interactive && (pattern === undefined || name === undefined)) {
        const answers = await askMissing(dir, flags);
        if (!answers) {
          prompts.cancel('Nothing was created.');
          process.exitCode = 1;
          return;
        }
        ({ pattern, name } = answers);
      }
      if (pattern === undefined) {
        throw new ScaffoldError(
          `No pattern given: pass --pattern <name> (one of: ${PATTERN_NAMES.join(', ')}), or run in a terminal without --yes to choose.`,
        );
      }

      const log = (message: string) => process.stderr.write(`${pc.dim(message)}\n`);
      const project = await createProject({
        dir,
        pattern,
        name,
        force: flags.force,
        switchboard: source,
        onProgress: log,
      });
      const where = relative(process.cwd(), project.dir) || '.';
      const lines = [
        `${pc.green('✓')} Created ${pc.bold(project.name)} (${project.pattern.title}: ${project.pattern.flow}) in ${where}`,
        `  switchboard: ${project.dependency}`,
        '',
        '  Next:',
        ...(where === '.' ? [] : [`    cd ${where}`]),
        '    npm install && npm start   # talk to it offline in the console',
        '    npm test                   # run its tests',
        '',
      ];
      if (interactive) prompts.outro('Done.');
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}
