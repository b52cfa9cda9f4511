// Issue 12, item 7: a damaged or read-only support-desk database gave SQLite's bare "file is not a
// database" / "attempt to write a readonly database", naming neither the file nor a way out.
import Database from 'better-sqlite3';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { join as joinPath } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  makeReadOnly,
  openFolder,
  readOnlySkipReason,
  runChild,
} from '../../../src/observability/fixtures/read_only_folder.js';
import { storeError } from './store_errors.js';
import { openStore } from './support_store.js';

const dir = mkdtempSync(join(tmpdir(), 'desk-store-'));
const isRoot = process.getuid?.() === 0;
const roSkip = readOnlySkipReason();
const STORE = fileURLToPath(new URL('./support_store.ts', import.meta.url));

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

  it('names the file when a query fails after opening (damaged pages, a write refused)', () => {
    const file = join(dir, 'later.db');
    const store = openStore(file);
    store.db.pragma('query_only = ON'); // SQLite now refuses writes, as it does on a read-only file
    expect(() =>
      store.createTicket({ category: 'general', summary: 'Printer on fire again.', at: new Date() }),
    ).toThrow(/^the support-desk database .*later\.db is read-only\. Give this process write access/);
    store.db.pragma('query_only = OFF');
    store.close();
  });

  it('names the file when a damaged database fails on a later query', () => {
    const file = join(dir, 'pages.db');
    openStore(file).close();
    const db = new Database(file);
    const root = (
      db.prepare(`SELECT rootpage FROM sqlite_master WHERE name = 'customers'`).get() as { rootpage: number }
    ).rootpage;
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    db.close();
    const bytes = readFileSync(file);
    bytes.fill(0xff, (root - 1) * pageSize, root * pageSize);
    writeFileSync(file, bytes);
    // Opening reads only the schema; the damage shows when customers are read.
    let message = '';
    try {
      const store = openStore(file, { seed: false });
      store.getCustomer('C-1001');
      store.close();
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^the support-desk database .*pages\.db is corrupted\. Restore it from a backup/);
  });

  describe.skipIf(roSkip)('in a real read-only folder (as an unprivileged user when tests run as root)', () => {
    const tryOpen = (path: string) =>
      runChild([
        '--import',
        'tsx',
        '-e',
        `import(${JSON.stringify(STORE)}).then((m) => m.openStore(${JSON.stringify(path)}).close()).catch((e) => { console.error(e.message); process.exitCode = 1; })`,
      ]);

    it('names the folder for an existing database that cannot be written there', { timeout: 60_000 }, async () => {
      const folder = openFolder('desk-ro-');
      const file = joinPath(folder.dir, 'desk.db');
      openStore(file).close();
      makeReadOnly(folder.dir);
      try {
        const r = await tryOpen(file);
        expect(r.code).toBe(1);
        expect(r.stderr.trim()).toMatch(
          new RegExp(`^the support-desk database ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is read-only\\.`),
        );
      } finally {
        folder.cleanup();
      }
    });

    it(
      'says an empty read-only folder cannot hold a new database, naming the folder',
      { timeout: 60_000 },
      async () => {
        const folder = openFolder('desk-ro-empty-');
        makeReadOnly(folder.dir);
        const file = joinPath(folder.dir, 'desk.db');
        try {
          const r = await tryOpen(file);
          expect(r.code).toBe(1);
          expect(r.stderr.trim()).toBe(
            `the support-desk database ${file} cannot be created: its folder ${folder.dir} is not writable. Give this process write access to it, or point SUPPORT_DESK_DB at a writable path.`,
          );
        } finally {
          folder.cleanup();
        }
      },
    );
  });
});
