import { appendFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STORE_KINDS, type TestStore } from '../fixtures/stores.js';
import { readJournal, recoverRecordJournals, RecordJournal } from './record_journal.js';
import type { RecordOp } from './record_types.js';

const sqlite = STORE_KINDS.find((k) => k.name === 'sqlite')!;
const start = (id: string): RecordOp => ({ op: 'start', row: { id, startedAt: 1 } });
const ev = (id: string, seq: number): RecordOp => ({
  op: 'event',
  row: { sessionId: id, seq, at: seq, kind: 'k', data: '{}' },
});
const files = (dir: string) => readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.jsonl'));

describe('record journal', () => {
  let t: TestStore;
  let dir: string;
  beforeEach(async () => {
    t = await sqlite.open();
    dir = mkdtempSync(join(tmpdir(), 'switchboard-journal-'));
  });
  afterEach(async () => {
    await t.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it('drops only a torn last line (the write a kill interrupted)', () => {
    const text = `${JSON.stringify(start('s'))}\n${JSON.stringify(ev('s', 1))}\n{"op":"event","row":{"sess`;
    expect(readJournal(text)).toEqual([start('s'), ev('s', 1)]);
  });

  it("replays a dead process's journal into the store once, then deletes it", async () => {
    const journal = RecordJournal.open(dir, 's');
    for (const op of [start('s'), ev('s', 1), ev('s', 2)]) journal.append(op);
    journal.close({ remove: false });
    appendFileSync(journal.path, '{"op":"ev');
    const dead = () => false;
    expect(await recoverRecordJournals(t.store, { dir, isAlive: dead })).toEqual({ files: 1, ops: 3 });
    expect((await t.store.getSession('s'))!.events.map((e) => e.seq)).toEqual([1, 2]);
    expect(files(dir)).toEqual([]);
    expect(await recoverRecordJournals(t.store, { dir, isAlive: dead })).toEqual({ files: 0, ops: 0 });
  });

  it('leaves the journals of live processes alone', async () => {
    const journal = RecordJournal.open(dir, 'live');
    journal.append(start('live'));
    expect(await recoverRecordJournals(t.store, { dir })).toEqual({ files: 0, ops: 0 });
    expect(files(dir)).toHaveLength(1);
    journal.close({ remove: true });
    expect(files(dir)).toEqual([]);
  });

  it('finds nothing to do when the folder does not exist', async () => {
    expect(await recoverRecordJournals(t.store, { dir: join(dir, 'missing') })).toEqual({ files: 0, ops: 0 });
  });
});
