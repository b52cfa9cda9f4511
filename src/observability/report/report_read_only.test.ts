// Issue 12, item 7: `report` opens stores read only. An intact store in a read-only folder could not
// even be read (SQLite wants to create its -shm/-wal files next to a WAL database), and an empty
// read-only folder was reported as "check that the folder exists and is readable".
import { initializeLogger } from '@livekit/agents';
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeReadOnly, openFolder, readOnlySkipReason, runChild } from '../fixtures/read_only_folder.js';
import { runSupportCall } from '../fixtures/support_call.js';
import { attachRecorder, type Recorder } from '../records/recorder.js';
import { SqliteRecordStore } from '../records/sqlite_record_store.js';

initializeLogger({ pretty: false, level: 'fatal' });

const CLI = fileURLToPath(new URL('../fixtures/report_cli.ts', import.meta.url));
const skip = readOnlySkipReason();
if (skip) console.log(skip);

const report = (args: string[], db: string) =>
  runChild(['--import', 'tsx', CLI, 'report', ...args], {
    env: { NO_COLOR: '1', DATABASE_URL: '', SWITCHBOARD_DB: db },
  });

describe.skipIf(skip)('report on a read-only folder', () => {
  const folder = openFolder('sb-report-ro-');
  const empty = openFolder('sb-report-ro-empty-');
  const db = join(folder.dir, 'records.db');
  let sessionId = '';

  beforeAll(async () => {
    const store = SqliteRecordStore.open(db);
    let recorder: Recorder | undefined;
    const call = await runSupportCall(({ runtime, session }) => {
      recorder = attachRecorder({ runtime, session, store });
    });
    await recorder!.closed;
    sessionId = call.runtime.sessionId;
    // Leave the store as a running worker would: committed rows still in the WAL, not checkpointed.
    const copy = join(folder.dir, 'wal-copy.db');
    copyFileSync(db, copy);
    if (existsSync(`${db}-wal`)) copyFileSync(`${db}-wal`, `${copy}-wal`);
    await store.close();
    makeReadOnly(folder.dir);
    makeReadOnly(empty.dir);
  }, 60_000);
  afterAll(() => {
    folder.cleanup();
    empty.cleanup();
  });

  it('reads an intact store whose folder is read-only', { timeout: 90_000 }, async () => {
    const [list, show] = await Promise.all([report(['list', '--json'], db), report(['show', sessionId, '--json'], db)]);
    expect(list.stderr).toBe('');
    expect(list.code).toBe(0);
    expect((JSON.parse(list.stdout) as { id: string }[]).map((s) => s.id)).toEqual([sessionId]);
    expect(show.code).toBe(0);
    expect((JSON.parse(show.stdout) as { events: unknown[] }).events.length).toBeGreaterThan(5);
  });

  it('reads the rows still in the write-ahead log of a store in a read-only folder', { timeout: 90_000 }, async () => {
    const copy = join(folder.dir, 'wal-copy.db');
    const list = await report(['list', '--json'], copy);
    expect(list.stderr).toBe('');
    expect((JSON.parse(list.stdout) as { id: string }[]).map((s) => s.id)).toEqual([sessionId]);
  });

  it('says precisely that there is no store yet in an empty read-only folder', { timeout: 90_000 }, async () => {
    const path = join(empty.dir, 'records.db');
    const result = await report(['list'], path);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(
      `error: No records store at ${path}; nothing recorded yet — run a call first or pass --records <path>.`,
    );
    expect(result.stderr).not.toMatch(/check that the folder exists/);
  });
});
