// bin/build_stamp.js decides whether bin/switchboard.js may run dist/ from a checkout: only when
// dist was compiled from exactly the current sources and build settings.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, expect, it } from 'vitest';

interface BuildStamp {
  STAMP_FILE: string;
  sourceStamp(root: string): string;
  distIsCurrent(root: string): boolean;
}
const stamps = (await import(
  pathToFileURL(join(import.meta.dirname, '..', '..', 'bin', 'build_stamp.js')).href
)) as BuildStamp;

let root: string;
const write = (file: string, text: string) => {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), text);
};
const build = () => write(stamps.STAMP_FILE, `${stamps.sourceStamp(root)}\n`);

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'sb-stamp-'));
  write('package.json', '{"name":"x","type":"module"}');
  write('tsconfig.json', '{}');
  write('tsconfig.build.json', '{}');
  write('src/cli/main.ts', 'export const a = 1;\n');
  write('src/cli/main.test.ts', 'it("a", () => {});\n');
  write('dist/src/cli/main.js', 'export const a = 1;\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

it('is current right after a build, and stays so when only a test file changes', () => {
  build();
  expect(stamps.distIsCurrent(root)).toBe(true);
  write('src/cli/main.test.ts', 'it("b", () => {});\n');
  expect(stamps.distIsCurrent(root)).toBe(true);
});

it('is stale when a source changes, even with its old modification time', () => {
  build();
  write('src/cli/main.ts', 'export const a = 2;\n');
  utimesSync(join(root, 'src/cli/main.ts'), new Date('2001-01-01'), new Date('2001-01-01'));
  expect(stamps.distIsCurrent(root)).toBe(false);
});

it('is stale when a source is added or a build setting changes', () => {
  build();
  write('src/cli/extra.ts', 'export {};\n');
  expect(stamps.distIsCurrent(root)).toBe(false);
  build();
  write('tsconfig.build.json', '{"compilerOptions":{}}');
  expect(stamps.distIsCurrent(root)).toBe(false);
});

it('is stale without a stamp or without the compiled CLI', () => {
  expect(stamps.distIsCurrent(root)).toBe(false);
  build();
  rmSync(join(root, 'dist/src/cli/main.js'));
  expect(stamps.distIsCurrent(root)).toBe(false);
});
