// Regenerates the Mermaid diagrams embedded in READMEs from the workflows themselves:
//   node bin/run-ts.js scripts/diagrams.ts           rewrite stale diagrams
//   node bin/run-ts.js scripts/diagrams.ts --check   change nothing; exit 1 when any is stale (CI)
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { syncDiagram } from '../src/graph/index.js';
import { PATTERN_NAMES } from '../src/scaffold/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const check = process.argv.includes('--check');

// Templates and the app import 'switchboard' by name; bin/run-ts.js resolves that name to the
// sources, so the diagrams are drawn from exactly the code that ships.
const targets: { entry: string; readme: string }[] = [
  { entry: 'app/support-desk/workflow.ts', readme: 'app/support-desk/README.md' },
  ...PATTERN_NAMES.map((p) => ({ entry: `templates/${p}/src/workflow.ts`, readme: `templates/${p}/README.md` })),
];

let stale = 0;
let failed = 0;
for (const { entry, readme } of targets) {
  if (!existsSync(join(root, readme))) {
    process.stdout.write(`- ${readme}: no README yet, skipped\n`);
    continue;
  }
  try {
    const result = await syncDiagram({ entry: join(root, entry), markdownFile: join(root, readme), check });
    if (result === 'stale') stale += 1;
    process.stdout.write(`${result === 'stale' ? '✗' : '✓'} ${readme}: ${result}\n`);
  } catch (error) {
    failed += 1;
    process.stdout.write(`✗ ${relative(root, join(root, readme))}: ${(error as Error).message}\n`);
  }
}
if (stale > 0) {
  process.stdout.write(
    `${stale} diagram(s) out of date: run \`node bin/run-ts.js scripts/diagrams.ts\` and commit the READMEs.\n`,
  );
}
if (stale > 0 || failed > 0) process.exitCode = 1;
