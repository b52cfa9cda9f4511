// Start-up cost is what a command loads before it does anything: `--help` and the commands that need
// no call machinery must not load the framework, the policy or an app (seconds on a busy machine).
// A loader hook in the child process lists every module it loads.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'switchboard.js');
const dir = mkdtempSync(join(tmpdir(), 'sb-cli-loads-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[]) {
  const trace = join(dir, `loads-${Math.random().toString(36).slice(2)}.txt`);
  const hook = `import { appendFileSync } from 'node:fs';
export async function load(url, context, next) { appendFileSync(${JSON.stringify(trace)}, url + '\\n'); return next(url, context); }`;
  const setup = `import { register } from 'node:module'; register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hook)}));`;
  const child = spawnSync(
    process.execPath,
    ['--import', `data:text/javascript,${encodeURIComponent(setup)}`, BIN, ...args],
    {
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: '', SWITCHBOARD_DB: join(dir, 'none.db') },
      timeout: 120_000,
    },
  );
  const loaded = readFileSync(trace, 'utf8').split('\n').filter(Boolean);
  return { ...child, loaded };
}

const HEAVY = [/node_modules\/@livekit\/agents\//, /\/src\/policy\//, /\/src\/workflow\/compile/, /\/app\//];

it('`--help` lists the commands without loading the framework, the policy or an app', { timeout: 130_000 }, () => {
  const { status, stdout, loaded } = run(['--help']);
  expect(status).toBe(0);
  for (const command of ['console', 'check', 'report', 'graph', 'new', 'worker', 'eval'])
    expect(stdout).toContain(command);
  expect(loaded.some((url) => /\/cli\/main\.(ts|js)$/.test(url))).toBe(true);
  for (const heavy of HEAVY) expect(loaded.filter((url) => heavy.test(url))).toEqual([]);
});

it('`report` runs (and fails on a missing store) without loading the framework', { timeout: 130_000 }, () => {
  const { status, stderr, loaded } = run(['report', 'list']);
  expect(status).toBe(1);
  expect(stderr).toMatch(/error:/);
  expect(loaded.some((url) => /report_command\.(ts|js)$/.test(url))).toBe(true);
  for (const heavy of HEAVY) expect(loaded.filter((url) => heavy.test(url))).toEqual([]);
});
