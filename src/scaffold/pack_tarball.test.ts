import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { packedTarball, sourceFingerprint } from './pack_tarball.js';
import type { PackageInfo } from './package_root.js';

let root: string;
let cache: string;
const previousCache = process.env.SWITCHBOARD_PACK_CACHE;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'sb-pack-root-'));
  cache = await mkdtemp(join(tmpdir(), 'sb-pack-cache-'));
  process.env.SWITCHBOARD_PACK_CACHE = cache;
  await mkdir(join(root, 'src'), { recursive: true });
  await writeFile(join(root, 'package.json'), '{"name":"switchboard","version":"9.9.9"}');
  await writeFile(join(root, 'src', 'index.ts'), 'export const a = 1;\n');
});

afterEach(async () => {
  if (previousCache === undefined) delete process.env.SWITCHBOARD_PACK_CACHE;
  else process.env.SWITCHBOARD_PACK_CACHE = previousCache;
  await rm(root, { recursive: true, force: true });
  await rm(cache, { recursive: true, force: true });
});

it('fingerprints shipped sources, ignoring tests', async () => {
  const before = sourceFingerprint(root);
  await writeFile(join(root, 'src', 'index.test.ts'), 'test');
  expect(sourceFingerprint(root)).toBe(before);
  await writeFile(join(root, 'src', 'index.ts'), 'export const a = 2;\n');
  expect(sourceFingerprint(root)).not.toBe(before);
});

it('reuses the tarball cached for this version and source state instead of packing again', async () => {
  const pkg: PackageInfo = {
    root,
    name: 'switchboard',
    version: '9.9.9',
    dependencies: {},
    devDependencies: {},
    isCheckout: true,
  };
  const cached = join(cache, `9.9.9-${sourceFingerprint(root)}`, 'switchboard-9.9.9.tgz');
  await mkdir(join(cached, '..'), { recursive: true });
  await writeFile(cached, 'tarball');
  const progress: string[] = [];
  expect(await packedTarball(pkg, (m) => progress.push(m))).toBe(cached);
  expect(progress).toEqual([]);
});
