// The desk's records: typed queries over SQLite. Tools call these; nothing else touches SQL.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { createRedactor, redactionFromEnv, type RedactionOptions, type Redactor } from 'switchboard';
import { migrate } from './migrations.js';
import type {
  Callback,
  Customer,
  Invoice,
  InvoiceStatus,
  Order,
  OrderStatus,
  Outage,
  Product,
  Refund,
  Service,
  Ticket,
  TicketCategory,
  TroubleshootingScript,
} from './records.js';
import { storeError } from './store_errors.js';
import { isEmpty, seedDemoData } from './seed.js';

export interface OpenStoreOptions {
  /** Seed demo data into an empty database (default true). */
  seed?: boolean;
  /** Reference time for the demo data's relative dates (default: the current time). */
  now?: Date;
  /** How ticket text is redacted before it is stored (default RECORD_REDACT, on). */
  redact?: RedactionOptions | Redactor;
}

type Row = Record<string, unknown>;

const opt = (v: unknown): string | undefined => (v === null || v === undefined ? undefined : String(v));
const list = (v: unknown): string[] =>
  String(v ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** Default database file: `SUPPORT_DESK_DB`, else ./data/support-desk.db. */
export function defaultStorePath(): string {
  return process.env.SUPPORT_DESK_DB ?? './data/support-desk.db';
}

export class SupportStore {
  private readonly redactor: Redactor;

  constructor(
    readonly db: Database.Database,
    redact: RedactionOptions | Redactor = redactionFromEnv(),
  ) {
    this.redactor =
      'text' in redact && typeof redact.text === 'function' ? redact : createRedactor(redact as RedactionOptions);
  }

  /** Open (creating and migrating as needed) and seed an empty database with the demo data. */
  static open(path: string = defaultStorePath(), options: OpenStoreOptions = {}): SupportStore {
    let db: Database.Database | undefined;
    try {
      if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
      db = new Database(path);
      // Wait for other processes first: two consoles or workers may open a new file at once.
      db.pragma('busy_timeout = 5000');
      db.pragma('journal_mode = WAL');
      db.pragma('foreign_keys = ON');
      // Migrate and seed under one write lock, reading the version inside it, so a second process
      // opening the same new file waits and then finds it migrated and seeded (no double seed).
      const ready = db;
      ready
        .transaction(() => {
          migrate(ready);
          if ((options.seed ?? true) && isEmpty(ready)) seedDemoData(ready, options.now ?? new Date());
        })
        .immediate();
      return new SupportStore(db, options.redact);
    } catch (error) {
      db?.close();
      throw storeError(path, error);
    }
  }

  close(): void {
    this.db.close();
  }

  // --- customers -----------------------------------------------------------------------------

  getCustomer(id: string): Customer | undefined {
    return this.customer(this.db.prepare('SELECT * FROM customers WHERE id = ?').get(id) as Row | undefined);
  }

  findCustomerByEmail(email: string): Customer | undefined {
    return this.customer(
      this.db.prepare('SELECT * FROM customers WHERE email = ?').get(email.trim()) as Row | undefined,
    );
  }

  findCustomerByAccount(accountNumber: string): Customer | undefined {
    return this.customer(
      this.db.prepare('SELECT * FROM customers WHERE account_number = ?').get(accountNumber) as Row | undefined,
    );
  }

  private customer(r: Row | undefined): Customer | undefined {
    if (!r) return undefined;
    return {
      id: String(r.id),
      name: String(r.name),
      email: String(r.email),
      accountNumber: String(r.account_number),
      phone: String(r.phone),
      plan: String(r.plan),
      region: String(r.region),
    };
  }

  // --- orders --------------------------------------------------------------------------------

  getOrder(id: string): Order | undefined {
    const r = this.db.prepare('SELECT * FROM orders WHERE id = ?').get(id) as Row | undefined;
    if (!r) return undefined;
    return {
      id: String(r.id),
      customerId: String(r.customer_id),
      item: String(r.item),
      status: r.status as OrderStatus,
      carrier: opt(r.carrier),
      trackingNumber: opt(r.tracking_number),
      orderedAt: String(r.ordered_at),
      shippedAt: opt(r.shipped_at),
      expectedAt: opt(r.expected_at),
      deliveredAt: opt(r.delivered_at),
    };
  }

  // --- invoices and refunds ------------------------------------------------------------------

  /** A customer's invoices, newest first. */
  listInvoices(customerId: string): Invoice[] {
    return (
      this.db.prepare('SELECT * FROM invoices WHERE customer_id = ? ORDER BY issued_at DESC').all(customerId) as Row[]
    ).map((r) => this.invoice(r));
  }

  getInvoice(id: string): Invoice | undefined {
    const r = this.db.prepare('SELECT * FROM invoices WHERE id = ?').get(id) as Row | undefined;
    return r ? this.invoice(r) : undefined;
  }

  private invoice(r: Row): Invoice {
    return {
      id: String(r.id),
      customerId: String(r.customer_id),
      description: String(r.description),
      amountCents: Number(r.amount_cents),
      status: r.status as InvoiceStatus,
      issuedAt: String(r.issued_at),
      dueAt: String(r.due_at),
      paidAt: opt(r.paid_at),
    };
  }

  /** Record a refund request and mark the invoice, atomically. */
  requestRefund(input: {
    invoiceId: string;
    customerId: string;
    amountCents: number;
    reason: string;
    at: Date;
  }): Refund {
    const createdAt = input.at.toISOString();
    const seq = this.db.transaction(() => {
      const changed = this.db
        .prepare(`UPDATE invoices SET status = 'refund_requested' WHERE id = ? AND customer_id = ? AND status = 'paid'`)
        .run(input.invoiceId, input.customerId);
      if (changed.changes !== 1)
        throw new Error(`invoice ${input.invoiceId} is not a paid invoice of ${input.customerId}`);
      return this.db
        .prepare(
          'INSERT INTO refunds (invoice_id, customer_id, amount_cents, reason, created_at) VALUES (?, ?, ?, ?, ?)',
        )
        .run(input.invoiceId, input.customerId, input.amountCents, input.reason, createdAt).lastInsertRowid;
    })();
    return {
      id: `R-${seq}`,
      invoiceId: input.invoiceId,
      customerId: input.customerId,
      amountCents: input.amountCents,
      reason: input.reason,
      status: 'submitted',
      createdAt,
    };
  }

  // --- services and outages ------------------------------------------------------------------

  listServices(): Service[] {
    return (this.db.prepare('SELECT * FROM services ORDER BY id').all() as Row[]).map((r) => ({
      id: String(r.id),
      label: String(r.label),
      aliases: list(r.aliases),
    }));
  }

  /** Active outages for a service, optionally in one region (case-insensitive). */
  activeOutages(service: string, region?: string): Outage[] {
    const rows = (
      region
        ? this.db
            .prepare(`SELECT * FROM outages WHERE service = ? AND status = 'active' AND region = ? ORDER BY started_at`)
            .all(service, region)
        : this.db
            .prepare(`SELECT * FROM outages WHERE service = ? AND status = 'active' ORDER BY started_at`)
            .all(service)
    ) as Row[];
    return rows.map((r) => ({
      id: Number(r.seq),
      service: String(r.service),
      region: String(r.region),
      status: r.status as Outage['status'],
      summary: String(r.summary),
      startedAt: String(r.started_at),
      eta: opt(r.eta),
    }));
  }

  /** Every region the desk serves (from customers and outage records). */
  listRegions(): string[] {
    return (
      this.db.prepare('SELECT region FROM customers UNION SELECT region FROM outages ORDER BY 1').all() as {
        region: string;
      }[]
    ).map((r) => r.region);
  }

  // --- troubleshooting -----------------------------------------------------------------------

  listProducts(): Product[] {
    return (this.db.prepare('SELECT * FROM products ORDER BY id').all() as Row[]).map((r) => ({
      id: String(r.id),
      label: String(r.label),
      aliases: list(r.aliases),
    }));
  }

  /** All scripts for a product, with their steps in order. */
  scriptsFor(product: string): TroubleshootingScript[] {
    const scripts = this.db
      .prepare('SELECT * FROM troubleshooting_scripts WHERE product = ? ORDER BY symptom')
      .all(product) as Row[];
    const steps = this.db.prepare(
      'SELECT instruction FROM troubleshooting_steps WHERE product = ? AND symptom = ? ORDER BY step_no',
    );
    return scripts.map((r) => ({
      product: String(r.product),
      symptom: String(r.symptom),
      label: String(r.label),
      keywords: list(r.keywords),
      steps: (steps.all(r.product, r.symptom) as { instruction: string }[]).map((s) => s.instruction),
    }));
  }

  // --- tickets and callbacks -----------------------------------------------------------------

  createTicket(input: {
    customerId?: string;
    callerName?: string;
    category: TicketCategory;
    summary: string;
    at: Date;
  }): Ticket {
    const createdAt = input.at.toISOString();
    // The team reads the summary later; the caller's emails, phone and card digits stay out of it.
    const summary = this.redactor.text(input.summary);
    const id = this.db.transaction(() => {
      const seq = this.db
        .prepare('INSERT INTO tickets (customer_id, caller_name, category, summary, created_at) VALUES (?, ?, ?, ?, ?)')
        .run(input.customerId ?? null, input.callerName ?? null, input.category, summary, createdAt).lastInsertRowid;
      const ticketId = `T-${seq}`;
      this.db.prepare('UPDATE tickets SET id = ? WHERE seq = ?').run(ticketId, seq);
      return ticketId;
    })();
    return {
      id,
      customerId: input.customerId,
      callerName: input.callerName,
      category: input.category,
      summary,
      status: 'open',
      createdAt,
    };
  }

  getTicket(id: string): Ticket | undefined {
    const r = this.db.prepare('SELECT * FROM tickets WHERE id = ?').get(id) as Row | undefined;
    if (!r) return undefined;
    return {
      id: String(r.id),
      customerId: opt(r.customer_id),
      callerName: opt(r.caller_name),
      category: r.category as TicketCategory,
      summary: String(r.summary),
      status: r.status as Ticket['status'],
      createdAt: String(r.created_at),
    };
  }

  createCallback(input: {
    customerId?: string;
    callerName?: string;
    phone: string;
    scheduledFor: Date;
    ticketId?: string;
    at: Date;
  }): Callback {
    const createdAt = input.at.toISOString();
    const scheduledFor = input.scheduledFor.toISOString();
    const id = this.db.transaction(() => {
      const seq = this.db
        .prepare(
          'INSERT INTO callbacks (customer_id, caller_name, phone, scheduled_for, ticket_id, created_at) VALUES (?, ?, ?, ?, ?, ?)',
        )
        .run(
          input.customerId ?? null,
          input.callerName ?? null,
          input.phone,
          scheduledFor,
          input.ticketId ?? null,
          createdAt,
        ).lastInsertRowid;
      const callbackId = `CB-${seq}`;
      this.db.prepare('UPDATE callbacks SET id = ? WHERE seq = ?').run(callbackId, seq);
      return callbackId;
    })();
    return {
      id,
      customerId: input.customerId,
      callerName: input.callerName,
      phone: input.phone,
      scheduledFor,
      ticketId: input.ticketId,
      createdAt,
    };
  }

  /** Callbacks, soonest first. */
  listCallbacks(): Callback[] {
    return (this.db.prepare('SELECT * FROM callbacks ORDER BY scheduled_for').all() as Row[]).map((r) => ({
      id: String(r.id),
      customerId: opt(r.customer_id),
      callerName: opt(r.caller_name),
      phone: String(r.phone),
      scheduledFor: String(r.scheduled_for),
      ticketId: opt(r.ticket_id),
      createdAt: String(r.created_at),
    }));
  }
}

// Every query reports a failure the way open() does: as a sentence naming the file and what to do
// (a disk that fills or a file damaged after start-up surfaces here, not at open). Wrapped once,
// here, so a new query cannot forget it.
for (const name of Object.getOwnPropertyNames(SupportStore.prototype)) {
  const method = (SupportStore.prototype as unknown as Record<string, unknown>)[name];
  if (name === 'constructor' || name === 'close' || typeof method !== 'function') continue;
  Object.defineProperty(SupportStore.prototype, name, {
    value: function (this: SupportStore, ...args: unknown[]) {
      try {
        return (method as (...a: unknown[]) => unknown).apply(this, args);
      } catch (error) {
        // Our own refusals (an unknown invoice...) are already sentences for the caller's agent.
        if (!(error instanceof Database.SqliteError)) throw error;
        throw storeError(this.db.name, error);
      }
    },
  });
}

/** Open the support-desk store: `:memory:` for tests, default file otherwise. */
export function openStore(path: string = defaultStorePath(), options: OpenStoreOptions = {}): SupportStore {
  return SupportStore.open(path, options);
}
