// Issue 12, item 7: a damaged or read-only support-desk database gave SQLite's bare "file is not a
// database" / "attempt to write a readonly database", naming neither the file nor a way out.
import Database from 'better-sqlite3';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore, storeError } from './support_store.js';

const dir = mkdtempSync(join(tmpdir(), 'desk-store-'));
const isRoot = process.getuid?.() === 0;

describe('support-desk store errors', () => {
  it('names a file that is not a database and says what to do', () => {
    const file = join(dir, 'junk.db');
    writeFileSync(file, 'this is not sqlite at all, just some text '.repeat(200));
    expect(() => openStore(file)).toThrow(
      new RegExp(
        `support-desk database ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is not a SQLite database.*Move it aside`,
      ),
    );
  });

  it('turns SQLite read-only errors into a sentence with the file and the fix', () => {
    const readonly = Object.assign(new Error('attempt to write a readonly database'), { code: 'SQLITE_READONLY' });
    expect(storeError('/srv/desk.db', readonly).message).toBe(
      'the support-desk database /srv/desk.db is read-only. Give this process write access to the file and its folder, or point SUPPORT_DESK_DB at a writable path.',
    );
  });

  it.skipIf(isRoot)('names a real read-only database file', () => {
    const file = join(dir, 'ro.db');
    new Database(file).close();
    chmodSync(file, 0o444);
    expect(() => openStore(file)).toThrow(/support-desk database .*ro\.db is read-only/);
  });
});
