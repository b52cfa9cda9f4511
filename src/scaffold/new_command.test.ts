import { stripVTControlCharacters } from 'node:util';
import { Command } from 'commander';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { registerNewCommand } from './new_command.js';

let dir: string;
let out: string[];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sb-newcmd-'));
  out = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (out.push(String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (out.push(String(chunk)), true));
});

afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

async function runNew(...args: string[]) {
  const program = new Command().exitOverride();
  registerNewCommand(program);
  await program.parseAsync(['new', ...args], { from: 'user' });
}

it('generates a project from flags alone and prints the next commands', async () => {
  const target = join(dir, 'sales-line');
  await runNew(target, '--pattern', 'sales', '--yes', '--name', '@acme/sales-line', '--switchboard', 'registry');
  const manifest = JSON.parse(await readFile(join(target, 'package.json'), 'utf8')) as { name: string };
  expect(manifest.name).toBe('@acme/sales-line');
  // picocolors colours output when CI is set; compare the text.
  expect(stripVTControlCharacters(out.join(''))).toMatch(
    /Created @acme\/sales-line[\s\S]*npm install && npm start[\s\S]*npm test/,
  );
});

it('rejects an unknown pattern and lists the valid ones', async () => {
  await expect(runNew(join(dir, 'x'), '--pattern', 'pizza', '--yes')).rejects.toThrow(
    'Unknown pattern "pizza". Choose one of: support, sales, intake, router, restaurant, appointment.',
  );
  expect(existsSync(join(dir, 'x'))).toBe(false);
});

it('rejects an invalid package name before writing anything', async () => {
  await expect(runNew(join(dir, 'x'), '--pattern', 'support', '--yes', '--name', 'My Desk')).rejects.toThrow(
    /"My Desk" is not a valid npm package name\. .*capital letters/,
  );
  expect(existsSync(join(dir, 'x'))).toBe(false);
});

it('asks for a pattern when none is given and it cannot prompt', async () => {
  await expect(runNew(join(dir, 'x'), '--yes')).rejects.toThrow(
    /No pattern given: pass --pattern <name> \(one of: support, sales, intake, router, restaurant, appointment\)/,
  );
});

it('refuses a non-empty folder, and writes over it with --force', async () => {
  const target = join(dir, 'busy');
  await mkdir(target);
  await writeFile(join(target, 'notes.txt'), 'keep me');
  await expect(runNew(target, '--pattern', 'router', '--yes', '--switchboard', 'registry')).rejects.toThrow(
    /busy is not empty \(1 entry, e\.g\. notes\.txt\)\. Choose an empty or new folder, or pass --force/,
  );
  expect(existsSync(join(target, 'package.json'))).toBe(false);

  await runNew(target, '--pattern', 'router', '--yes', '--force', '--switchboard', 'registry');
  expect(existsSync(join(target, 'src', 'workflow.ts'))).toBe(true);
  expect(await readFile(join(target, 'notes.txt'), 'utf8')).toBe('keep me');
});

it('treats a folder holding only .git as empty', async () => {
  const target = join(dir, 'repo');
  await mkdir(join(target, '.git'), { recursive: true });
  await runNew(target, '--pattern', 'intake', '--yes', '--switchboard', 'registry');
  expect(existsSync(join(target, 'package.json'))).toBe(true);
});

it('explains a bad --switchboard source', async () => {
  await expect(runNew(join(dir, 'x'), '--pattern', 'support', '--yes', '--switchboard', 'github')).rejects.toThrow(
    '--switchboard github: use pack, registry, or the path of a switchboard .tgz.',
  );
  await expect(
    runNew(join(dir, 'y'), '--pattern', 'support', '--yes', '--switchboard', join(dir, 'missing.tgz')),
  ).rejects.toThrow(/no such \.tgz file/);
});
