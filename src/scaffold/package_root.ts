// Where this package lives on disk, both in a checkout (src/…) and when installed (dist/src/…).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface PackageInfo {
  root: string;
  name: string;
  version: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  /** A source checkout (can be packed) rather than an installed copy. */
  isCheckout: boolean;
}

let cached: PackageInfo | undefined;

export function switchboardPackage(): PackageInfo {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as Partial<PackageInfo> & { name?: string };
      if (pkg.name === 'switchboard') {
        cached = {
          root: dir,
          name: pkg.name,
          version: pkg.version ?? '0.0.0',
          dependencies: pkg.dependencies ?? {},
          devDependencies: pkg.devDependencies ?? {},
          isCheckout: existsSync(join(dir, 'src', 'index.ts')) && existsSync(join(dir, 'tsconfig.build.json')),
        };
        return cached;
      }
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('Cannot find the switchboard package.json above this module.');
    dir = parent;
  }
}

export function templatesDir(): string {
  return join(switchboardPackage().root, 'templates');
}
