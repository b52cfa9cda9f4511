// The interactive console fed from a pipe (`printf '…' | npm start`): every line read before the
// input ends is answered, in order, before the call ends — not only the one in progress.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '..', 'bin', 'switchboard.js');
const dir = mkdtempSync(join(tmpdir(), 'sb-piped-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('answers every piped line, then ends the call', { timeout: 150_000 }, () => {
  const run = spawnSync(process.execPath, [BIN, 'console', '--records', 'off'], {
    input: 'hi, this is Ann Lee, I want to check on my order 4012\nthanks, bye\n',
    encoding: 'utf8',
    timeout: 140_000,
    env: {
      ...process.env,
      LLM_PROVIDER: 'local',
      DATABASE_URL: '',
      SUPPORT_DESK_DB: join(dir, 'desk.db'),
      OPERATOR_QUEUE_DB: join(dir, 'queue.db'),
      NO_COLOR: '1',
    },
  });
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(/Order 4012 is on its way/);
  // The second line was answered too: the agent ended the call with a goodbye.
  expect(run.stdout).toMatch(/end_call/);
  expect(run.stdout).toMatch(/Goodbye/);
});
