import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FIXED_NOW } from '../testing/desk_fixture.js';
import { MIGRATIONS, migrate } from './migrations.js';
import { defaultStorePath, openStore } from './support_store.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  delete process.env.SUPPORT_DESK_DB;
});

function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'support-desk-'));
  dirs.push(d);
  return d;
}

describe('support store', () => {
  it('migrates a new database to the latest schema and seeds the demo data', () => {
    const store = openStore(':memory:', { now: FIXED_NOW });
    expect(store.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)!.version);
    const count = (table: string) => (store.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    expect(count('customers')).toBe(8);
    expect(count('orders')).toBeGreaterThanOrEqual(8);
    expect(count('invoices')).toBeGreaterThanOrEqual(8);
    expect(count('outages')).toBeGreaterThanOrEqual(2);
    expect(count('troubleshooting_steps')).toBeGreaterThan(10);
    expect(store.findCustomerByEmail('ANN.LEE@example.com')?.name).toBe('Ann Lee');
    expect(store.findCustomerByAccount('35572809')?.name).toBe('David Kim');
    store.close();
  });

  it('seeds only an empty database and keeps data across reopening', () => {
    const path = join(tempDir(), 'nested', 'desk.db');
    const first = openStore(path, { now: FIXED_NOW });
    const ticket = first.createTicket({ category: 'general', summary: 'Kept across restarts.', at: FIXED_NOW });
    first.close();

    const again = openStore(path, { now: FIXED_NOW });
    expect((again.db.prepare('SELECT COUNT(*) AS n FROM customers').get() as { n: number }).n).toBe(8);
    expect(again.getTicket(ticket.id)?.summary).toBe('Kept across restarts.');
    again.close();
  });

  it('applies only the migrations a database has not seen', () => {
    const db = new Database(':memory:');
    expect(migrate(db, MIGRATIONS.slice(0, 1))).toEqual([1]);
    expect(migrate(db)).toEqual(MIGRATIONS.slice(1).map((m) => m.version));
    expect(migrate(db)).toEqual([]);
    db.close();
  });

  it('refuses a database newer than the code', () => {
    const db = new Database(':memory:');
    db.pragma('user_version = 99');
    expect(() => migrate(db)).toThrow(/schema version 99, newer than this code knows/);
    db.close();
  });

  it('uses SUPPORT_DESK_DB for the default file', () => {
    const path = join(tempDir(), 'from-env.db');
    process.env.SUPPORT_DESK_DB = path;
    expect(defaultStorePath()).toBe(path);
    const store = openStore();
    expect(store.db.name).toBe(path);
    store.close();
    delete process.env.SUPPORT_DESK_DB;
    expect(defaultStorePath()).toBe('./data/support-desk.db');
  });

  it('numbers new tickets, callbacks and refunds after the seeded ones', () => {
    const store = openStore(':memory:', { now: FIXED_NOW });
    expect(store.createTicket({ category: 'technical', summary: 'Router dead.', at: FIXED_NOW }).id).toBe('T-1001');
    expect(store.createCallback({ phone: '+14155550134', scheduledFor: FIXED_NOW, at: FIXED_NOW }).id).toBe('CB-501');
    expect(
      store.requestRefund({
        invoiceId: 'INV-2041',
        customerId: 'C-1001',
        amountCents: 5999,
        reason: 'Outage.',
        at: FIXED_NOW,
      }).id,
    ).toBe('R-302');
    store.close();
  });

  it('does not record a refund for an invoice that is not paid', () => {
    const store = openStore(':memory:', { now: FIXED_NOW });
    expect(() =>
      store.requestRefund({
        invoiceId: 'INV-2052',
        customerId: 'C-1001',
        amountCents: 5999,
        reason: 'x',
        at: FIXED_NOW,
      }),
    ).toThrow();
    expect(store.getInvoice('INV-2052')?.status).toBe('unpaid');
    expect(store.db.prepare(`SELECT COUNT(*) AS n FROM refunds WHERE invoice_id = 'INV-2052'`).get()).toEqual({ n: 0 });
    store.close();
  });
});
