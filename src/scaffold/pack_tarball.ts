// Packs this checkout once per version and source state, so `switchboard new` can vendor the
// library into a project that installs offline. Six projects share one `npm pack` (and one build).
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { PackageInfo } from './package_root.js';

/** Folders and files whose content ends up in the tarball (tests excluded: they are not shipped). */
const PACKED = ['package.json', 'tsconfig.json', 'tsconfig.build.json', 'bin', 'src', 'templates'];

function walk(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (!entry.name.endsWith('.test.ts')) out.push(path);
  }
}

/** A short hash of everything the tarball is built from: a changed source file means a new pack. */
export function sourceFingerprint(root: string): string {
  const hash = createHash('sha256');
  for (const top of PACKED) {
    const path = join(root, top);
    if (!existsSync(path)) continue;
    const files: string[] = [];
    if (statSync(path).isDirectory()) walk(path, files);
    else files.push(path);
    for (const file of files) {
      hash.update(relative(root, file));
      hash.update('\0');
      hash.update(readFileSync(file));
      hash.update('\0');
    }
  }
  return hash.digest('hex').slice(0, 12);
}

export function tarballCacheDir(): string {
  return process.env.SWITCHBOARD_PACK_CACHE ?? join(tmpdir(), 'switchboard-pack');
}

function run(command: string, args: string[], cwd: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/**
 * Path of `switchboard-<version>.tgz` for the checkout's current sources, packing it (which builds
 * dist through `prepack`) only when no cached tarball matches.
 */
export async function packedTarball(pkg: PackageInfo, onProgress?: (message: string) => void): Promise<string> {
  const dir = join(tarballCacheDir(), `${pkg.version}-${sourceFingerprint(pkg.root)}`);
  const file = join(dir, `switchboard-${pkg.version}.tgz`);
  if (existsSync(file)) return file;
  onProgress?.(`Packing switchboard ${pkg.version} from ${pkg.root} (builds dist once; later projects reuse it)…`);
  await mkdir(tarballCacheDir(), { recursive: true });
  const staging = await mkdtemp(join(tarballCacheDir(), 'staging-'));
  try {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const { code, output } = await run(npm, ['pack', '--pack-destination', staging, '--loglevel', 'warn'], pkg.root);
    const packed = (await readdir(staging)).find((f) => f.endsWith('.tgz'));
    if (code !== 0 || !packed) {
      const tail = output.trim().split('\n').slice(-15).join('\n');
      throw new Error(
        `Packing switchboard failed (npm pack exited ${code}). Fix the build (\`npm run build\` in ${pkg.root}), or pass --switchboard registry to depend on the published package.\n${tail}`,
      );
    }
    await mkdir(dir, { recursive: true });
    // Rename is atomic, so a concurrent `new` never sees a half-written tarball.
    await rename(join(staging, packed), file);
    return file;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
