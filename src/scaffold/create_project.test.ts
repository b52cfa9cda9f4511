import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createProject, SHARED_TEMPLATE } from './create_project.js';
import { switchboardPackage, templatesDir } from './package_root.js';
import { PATTERN_NAMES } from './patterns.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sb-new-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const pkg = switchboardPackage();
const read = (...parts: string[]) => readFile(join(dir, ...parts), 'utf8');

async function allFiles(root: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(join(root, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await allFiles(root, rel)));
    else out.push(rel);
  }
  return out;
}

describe('a generated support project', () => {
  it('is a standalone project that vendors the switchboard tarball', async () => {
    const tarball = join(dir, '..', `${dir.split('/').pop()}-switchboard-${pkg.version}.tgz`);
    await writeFile(tarball, 'not really a tarball');
    const target = join(dir, 'my-desk');
    try {
      const project = await createProject({ dir: target, pattern: 'support', switchboard: { tarball } });
      dir = target;
      expect(project.name).toBe('my-desk');
      const vendored = `vendor/${tarball.split('/').pop()}`;
      expect(project.dependency).toBe(`file:${vendored}`);
      expect(await read(vendored)).toBe('not really a tarball');

      const manifest = JSON.parse(await read('package.json')) as Record<string, Record<string, string>>;
      expect(manifest.name).toBe('my-desk');
      expect(manifest.type).toBe('module');
      expect(manifest.scripts).toMatchObject({ start: 'switchboard console src/workflow.ts', test: 'vitest run' });
      expect(manifest.dependencies).toEqual({
        switchboard: `file:${vendored}`,
        '@livekit/agents': pkg.dependencies['@livekit/agents'],
        zod: pkg.dependencies.zod,
      });
      expect(manifest.devDependencies).toEqual({
        '@types/node': pkg.devDependencies['@types/node'],
        typescript: pkg.devDependencies.typescript,
        vitest: pkg.devDependencies.vitest,
      });

      const tsconfig = JSON.parse(await read('tsconfig.json')) as { compilerOptions: Record<string, unknown> };
      expect(tsconfig.compilerOptions).toMatchObject({
        strict: true,
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
      });
      // npm 11 runs only the install scripts the project allows (same policy as this repository).
      const root = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as {
        allowScripts: Record<string, boolean>;
      };
      expect((JSON.parse(await read('package.json')) as { allowScripts: unknown }).allowScripts).toEqual(
        root.allowScripts,
      );
      expect(await read('.gitignore')).toMatch(/^node_modules\/$/m);
      expect(await read('.env.example')).toMatch(/OPENAI_API_KEY/);
      expect(await read('Dockerfile')).toMatch(
        /COPY vendor \.\/vendor[\s\S]*CMD \["npx", "switchboard", "worker", "start"\]/,
      );
      expect(await read('test', 'setup.ts')).toMatch(/initializeLogger\(/);
      expect(await read('vitest.config.ts')).toMatch(/setupFiles: \['test\/setup\.ts'\]/);
      expect(await read('src', 'workflow.ts')).toMatch(/^export default supportWorkflow;$/m);
      expect(await read('src', 'userdata.ts')).toMatch(/z\.object\(/);
      // Tests use the package's test kit, not a copied harness.
      expect(await read('src', 'workflow.test.ts')).toMatch(/from 'switchboard\/testing'/);

      const readme = await read('README.md');
      expect(readme.startsWith('# my-desk\n')).toBe(true);
      const commands = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
      expect(commands.split('\n')[0]).toMatch(/^npm install && npm start\s+#/);
      expect(commands.split('\n')[1]).toMatch(/^npm test\s+#/);
      expect(readme).toMatch(/<!-- graph:start -->\n\n```mermaid\nflowchart TD[\s\S]*```\n\n<!-- graph:end -->/);
      expect(readme).toContain(`"switchboard": "^${pkg.version}"`);

      const files = await allFiles(target);
      expect(files.sort()).toEqual(project.files);
      for (const needed of [
        'src/agents/triage.ts',
        'src/tools/billing.ts',
        'src/tools/billing.test.ts',
        'src/workflow.test.ts',
      ]) {
        expect(files).toContain(needed);
      }
      expect(files.some((f) => f.startsWith('_') || f.includes('/_'))).toBe(false);
    } finally {
      await rm(tarball, { force: true });
    }
  });
});

describe('every pattern', () => {
  it('has a template folder, and every template folder is a pattern', async () => {
    const folders = (await readdir(templatesDir(), { withFileTypes: true }))
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(folders.sort()).toEqual([...PATTERN_NAMES, SHARED_TEMPLATE].sort());
  });

  it.each(PATTERN_NAMES)('%s renders with every placeholder filled and the standard files', async (pattern) => {
    const project = await createProject({ dir: join(dir, pattern), pattern, switchboard: 'registry' });
    dir = join(dir, pattern);
    expect(project.dependency).toBe(`^${pkg.version}`);
    expect(existsSync(join(dir, 'vendor', `switchboard-${pkg.version}.tgz`))).toBe(false);
    for (const file of project.files) {
      expect(await read(file), file).not.toMatch(/\{\{[a-zA-Z]+(?::[^}]+)?\}\}/);
    }
    for (const needed of [
      'package.json',
      'tsconfig.json',
      'README.md',
      'Dockerfile',
      '.env.example',
      'src/workflow.ts',
      'src/userdata.ts',
      'src/workflow.test.ts',
      'test/setup.ts',
      'scripts/demo.txt',
    ]) {
      expect(project.files, `${pattern} has ${needed}`).toContain(needed);
    }
    expect(project.files.some((f) => f.startsWith('src/agents/'))).toBe(true);
    expect(project.files.some((f) => /^src\/tools\/.+\.test\.ts$/.test(f))).toBe(true);
    expect(project.files.filter((f) => /^scenarios\/.+\.yaml$/.test(f)).length).toBeGreaterThanOrEqual(8);
    const readme = await read('README.md');
    expect(readme).toContain('npx switchboard eval');
    expect(readme.startsWith(`# ${project.name}\n`)).toBe(true);
    expect(readme).toMatch(/```sh\nnpm install && npm start\s+#.*\nnpm test\s+#/);
    expect(readme).toMatch(/```mermaid\nflowchart TD/);
    // A brace pair left over from a mangled placeholder would show up in the user's README.
    expect(readme.replace(/```mermaid[\s\S]*?```/, '')).not.toMatch(/\{[a-zA-Z]+\}/);
  });
});
