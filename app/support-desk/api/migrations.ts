// Schema changes, oldest first. The database's PRAGMA user_version records how many have run,
// so opening an existing file only applies the new ones. Never edit a shipped migration: add one.
import type Database from 'better-sqlite3';

export interface Migration {
  version: number;
  description: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'customers, orders, invoices, refunds',
    sql: `
      CREATE TABLE customers (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        email TEXT NOT NULL UNIQUE COLLATE NOCASE,
        account_number TEXT NOT NULL UNIQUE,
        phone TEXT NOT NULL,
        plan TEXT NOT NULL,
        region TEXT NOT NULL
      );
      CREATE TABLE orders (
        id TEXT PRIMARY KEY,
        customer_id TEXT NOT NULL REFERENCES customers(id),
        item TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('processing', 'shipped', 'out_for_delivery', 'delivered', 'cancelled', 'returned')),
        carrier TEXT,
        tracking_number TEXT,
        ordered_at TEXT NOT NULL,
        shipped_at TEXT,
        expected_at TEXT,
        delivered_at TEXT
      );
      CREATE INDEX orders_customer ON orders(customer_id);
      CREATE TABLE invoices (
        id TEXT PRIMARY KEY,
        customer_id TEXT NOT NULL REFERENCES customers(id),
        description TEXT NOT NULL,
        amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0),
        status TEXT NOT NULL CHECK (status IN ('paid', 'unpaid', 'overdue', 'refund_requested', 'refunded')),
        issued_at TEXT NOT NULL,
        due_at TEXT NOT NULL,
        paid_at TEXT
      );
      CREATE INDEX invoices_customer ON invoices(customer_id);
      CREATE TABLE refunds (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        invoice_id TEXT NOT NULL UNIQUE REFERENCES invoices(id),
        customer_id TEXT NOT NULL REFERENCES customers(id),
        amount_cents INTEGER NOT NULL,
        reason TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'submitted',
        created_at TEXT NOT NULL
      );
    `,
  },
  {
    version: 2,
    description: 'services, outages and troubleshooting scripts',
    sql: `
      CREATE TABLE services (
        id TEXT PRIMARY KEY,
        label TEXT NOT NULL,
        aliases TEXT NOT NULL DEFAULT ''
      );
      CREATE TABLE outages (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        service TEXT NOT NULL REFERENCES services(id),
        region TEXT NOT NULL COLLATE NOCASE,
        status TEXT NOT NULL CHECK (status IN ('active', 'resolved')),
        summary TEXT NOT NULL,
        started_at TEXT NOT NULL,
        eta TEXT
      );
      CREATE INDEX outages_service ON outages(service, status);
      CREATE TABLE products (
        id TEXT PRIMARY KEY,
        label TEXT NOT NULL,
        aliases TEXT NOT NULL DEFAULT ''
      );
      CREATE TABLE troubleshooting_scripts (
        product TEXT NOT NULL REFERENCES products(id),
        symptom TEXT NOT NULL,
        label TEXT NOT NULL,
        keywords TEXT NOT NULL,
        PRIMARY KEY (product, symptom)
      );
      CREATE TABLE troubleshooting_steps (
        product TEXT NOT NULL,
        symptom TEXT NOT NULL,
        step_no INTEGER NOT NULL CHECK (step_no >= 1),
        instruction TEXT NOT NULL,
        PRIMARY KEY (product, symptom, step_no),
        FOREIGN KEY (product, symptom) REFERENCES troubleshooting_scripts(product, symptom)
      );
    `,
  },
  {
    version: 3,
    description: 'tickets and callbacks',
    sql: `
      CREATE TABLE tickets (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT UNIQUE,
        customer_id TEXT REFERENCES customers(id),
        caller_name TEXT,
        category TEXT NOT NULL CHECK (category IN ('technical', 'billing', 'general')),
        summary TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
        created_at TEXT NOT NULL
      );
      CREATE TABLE callbacks (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT UNIQUE,
        customer_id TEXT REFERENCES customers(id),
        caller_name TEXT,
        phone TEXT NOT NULL,
        scheduled_for TEXT NOT NULL,
        ticket_id TEXT,
        created_at TEXT NOT NULL
      );
      CREATE INDEX callbacks_time ON callbacks(scheduled_for);
    `,
  },
];

/** Apply the migrations the database has not seen yet; returns the versions applied. */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number[] {
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations.at(-1)?.version ?? 0;
  if (current > latest) {
    throw new Error(
      `The support-desk database is at schema version ${current}, newer than this code knows (${latest}). Update the app or point SUPPORT_DESK_DB at another file.`,
    );
  }
  const applied: number[] = [];
  for (const m of migrations) {
    if (m.version <= current) continue;
    // One transaction per migration: a failure leaves the database at the previous version.
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    })();
    applied.push(m.version);
  }
  return applied;
}
