// scripts/check-cycles.mjs (run by `npm run lint`) fails on any import cycle, including one closed
// only by a type import or a lazy import(), and passes on this repository's src/.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, expect, it } from 'vitest';

const script = resolve('scripts/check-cycles.mjs');
const check = (root: string) => spawnSync(process.execPath, [script, root], { encoding: 'utf8' });

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});
const tree = (files: Record<string, string>) => {
  dir = mkdtempSync(join(tmpdir(), 'sb-cycles-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
};

it('passes on src/', () => {
  const run = check('src');
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
});

it('names a cycle closed by a type-only import', () => {
  const run = check(
    tree({
      'runtime.ts': "import { makeTool } from './tools/make.js';\nexport class Runtime { tool = makeTool(this); }\n",
      'tools/make.ts': "import type { Runtime } from '../runtime.js';\nexport const makeTool = (r: Runtime) => r;\n",
    }),
  );
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(/runtime\.ts ↔ .*tools\/make\.ts/);
  expect(run.stderr).toMatch(/tools\/make\.ts imports .*runtime\.ts/);
});

it('names a cycle closed by a lazy import(), and ignores imports in comments and of packages', () => {
  const lazy = check(
    tree({
      'store.ts': "export async function open() { return (await import('./sqlite.js')).Sqlite; }\n",
      'sqlite.ts': "import type { open } from './store.js';\nexport class Sqlite { o?: typeof open; }\n",
    }),
  );
  expect(lazy.status).toBe(1);
  expect(lazy.stderr).toMatch(/sqlite\.ts ↔ .*store\.ts|store\.ts ↔ .*sqlite\.ts/);

  const clean = check(
    tree({
      'a.ts': "import { z } from 'zod';\nimport { b } from './b.js';\nexport const a = () => [z, b];\n",
      'b.ts': "// import { a } from './a.js';\n/* export * from './a.js'; */\nexport const b = 1;\n",
    }),
  );
  expect(clean.stderr).toBe('');
  expect(clean.status).toBe(0);
});
