// The package as a user gets it: the tarball `npm pack` makes (the same cached pack `switchboard new`
// vendors), installed into an empty folder outside the checkout with npm's cache only, then every
// entry of package.json "exports" imported by plain node and the CLI run from dist. Catches a build
// that emits files the package does not ship (dist/app), a dist file importing one that is missing,
// and an export pointing at nothing. scripts/ci/npx-outside.sh covers `npx switchboard new` from it.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packedTarball } from '../src/scaffold/pack_tarball.js';
import { switchboardPackage } from '../src/scaffold/package_root.js';

const run = promisify(execFile);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

type ExportTarget = string | { types?: string; default?: string };
interface Manifest {
  exports: Record<string, ExportTarget>;
  files: string[];
  bin: Record<string, string>;
}

let work: string;
let installed: string;
let manifest: Manifest;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'switchboard-exports-'));
  const tarball = await packedTarball(switchboardPackage());
  const project = join(work, 'consumer');
  mkdirSync(project);
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module' }),
  );
  // --prefer-offline: npm's cache first, the registry for what `npm ci` did not cache (a fresh
  // machine has the tarballs but not the package metadata a lockfile-less install resolves with);
  // no install scripts (nothing may download binaries), so native modules are not built:
  // importing must not need them.
  await run(
    npm,
    ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error', tarball],
    {
      cwd: project,
      env: { ...process.env, ONNXRUNTIME_NODE_INSTALL: 'skip', npm_config_update_notifier: 'false' },
      timeout: 540_000,
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  installed = join(project, 'node_modules', 'switchboard');
  manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as Manifest;
}, 900_000);

// Asynchronous and with time to spare: removing a few hundred installed packages takes a while.
afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
}, 300_000);

describe('the packed package, installed outside the checkout', () => {
  it('ships the published build only: dist/src, no app, no tests, no sources', () => {
    expect(readdirSync(join(installed, 'dist'))).toEqual(['src']);
    const shipped = filesUnder(join(installed, 'dist'));
    expect(shipped.filter((f) => /\.test\.(?:js|d\.ts)$/.test(f))).toEqual([]);
    expect(existsSync(join(installed, 'src'))).toBe(false);
    expect(existsSync(join(installed, 'app'))).toBe(false);
  });

  it('has a file behind every export and every bin', () => {
    for (const [key, target] of Object.entries(manifest.exports)) {
      const paths = typeof target === 'string' ? [target] : [target.types, target.default];
      for (const path of paths) {
        expect(path, `exports["${key}"]`).toBeDefined();
        expect(existsSync(join(installed, path!)), `exports["${key}"] → ${path}`).toBe(true);
      }
    }
    for (const bin of Object.values(manifest.bin)) expect(existsSync(join(installed, bin)), bin).toBe(true);
  });

  it('has no dist file importing a file that is not shipped', () => {
    const missing: string[] = [];
    for (const file of filesUnder(join(installed, 'dist')).filter((f) => /\.(?:js|d\.ts)$/.test(f))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
        const spec = m[1]!;
        const target = resolve(dirname(file), spec);
        const candidates = file.endsWith('.d.ts') ? [target, target.replace(/\.js$/, '.d.ts')] : [target];
        if (!candidates.some((c) => existsSync(c))) missing.push(`${file.slice(installed.length + 1)} → ${spec}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('imports every export with plain node', { timeout: 180_000 }, async () => {
    const specifiers = Object.keys(manifest.exports).map((key) =>
      key === '.' ? 'switchboard' : `switchboard/${key.slice(2)}`,
    );
    // One child process: the importing project's own resolution, no vitest aliases, no tsx.
    const script = `
      const out = {};
      for (const spec of ${JSON.stringify(specifiers)}) {
        const mod = spec.endsWith('.json') ? await import(spec, { with: { type: 'json' } }) : await import(spec);
        out[spec] = Object.keys(mod).filter((k) => k !== 'default' || spec.endsWith('.json'));
      }
      console.log(JSON.stringify(out));
    `;
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
      cwd: dirname(dirname(installed)),
      timeout: 170_000,
    });
    const names = JSON.parse(stdout.trim().split('\n').at(-1)!) as Record<string, string[]>;
    expect(Object.keys(names).sort()).toEqual([...specifiers].sort());
    for (const spec of specifiers) expect(names[spec]!.length, `${spec} exports nothing`).toBeGreaterThan(0);
    expect(names.switchboard).toEqual(expect.arrayContaining(['defineWorkflow', 'defineAgent', 'WorkflowRuntime']));
    expect(names['switchboard/spoken']).toEqual(expect.arrayContaining(['normalizeEmail', 'money', 'speakDigits']));
  });

  it('runs the CLI from dist', { timeout: 180_000 }, async () => {
    const { stdout } = await run(process.execPath, [join(installed, manifest.bin.switchboard!), '--help'], {
      cwd: dirname(dirname(installed)),
      timeout: 170_000,
    });
    expect(stdout).toMatch(/Usage: switchboard/);
    expect(stdout).toMatch(/\bnew\b/);
  });
});
