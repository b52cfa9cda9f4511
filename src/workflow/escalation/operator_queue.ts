// The persistent human-operator queue used when no SIP transfer is configured (and in tests):
// the caller gets a ticket with the summary and everything collected, so nothing is lost.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createRedactor, redactionFromEnv, type Redactor } from '../../observability/redaction/index.js';

export interface OperatorTicket {
  id: string;
  sessionId: string;
  reason: string;
  summary: string;
  userData: Record<string, unknown>;
  createdAt: number;
  status: 'waiting' | 'taken' | 'closed';
}

export interface OperatorQueue {
  /**
   * Queue a caller. Idempotent per call: when the session already has a waiting ticket, that
   * ticket comes back with its current position and `existing: true`, and nothing is added.
   */
  enqueue(
    ticket: Omit<OperatorTicket, 'id' | 'createdAt' | 'status'>,
  ): Promise<{ ticket: OperatorTicket; position: number; existing?: boolean }>;
  list(status?: OperatorTicket['status']): Promise<OperatorTicket[]>;
  close?(): void;
}

/**
 * What a queue stores: reason, summary and userdata with PII redacted (spoken or written emails,
 * phone, card and account numbers), under the deployment's RECORD_REDACT setting. Operators
 * find the customer by the ids the ticket keeps (customerId, ticketId, order numbers).
 */
export function redactTicket<T extends Omit<OperatorTicket, 'id' | 'createdAt' | 'status'>>(
  input: T,
  redactor: Redactor = createRedactor(redactionFromEnv()),
): T {
  return {
    ...input,
    reason: redactor.text(input.reason),
    summary: redactor.text(input.summary),
    userData: redactor.value(input.userData),
  };
}

/** SQLite-backed queue; `:memory:` for tests. WAL so several worker processes can share the file. */
export class SqliteOperatorQueue implements OperatorQueue {
  private readonly db: Database.Database;

  constructor(path = './data/operator-queue.db') {
    // A database failure names the file and the way out (SQLite's own message names neither).
    let db: Database.Database | undefined;
    try {
      if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
      db = this.db = new Database(path);
      this.db.pragma('busy_timeout = 5000'); // before WAL: another process may be creating the file
      this.db.pragma('journal_mode = WAL');
      this.db.exec(`CREATE TABLE IF NOT EXISTS operator_tickets (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT UNIQUE NOT NULL,
        session_id TEXT NOT NULL,
        reason TEXT NOT NULL,
        summary TEXT NOT NULL,
        userdata TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        status TEXT NOT NULL DEFAULT 'waiting'
      )`);
    } catch (error) {
      db?.close();
      throw new Error(
        `The operator queue database ${resolve(path)} cannot be used (${(error as Error).message}). Move it aside so a fresh one is created, or point OPERATOR_QUEUE_DB at a writable file.`,
        { cause: error },
      );
    }
  }

  async enqueue(
    raw: Omit<OperatorTicket, 'id' | 'createdAt' | 'status'>,
  ): Promise<{ ticket: OperatorTicket; position: number; existing?: boolean }> {
    const input = redactTicket(raw);
    const createdAt = Date.now();
    const insert = this.db.transaction(() => {
      const waiting = this.db
        .prepare(
          `SELECT seq, id, created_at FROM operator_tickets WHERE session_id = ? AND status = 'waiting' ORDER BY seq LIMIT 1`,
        )
        .get(input.sessionId) as { seq: number; id: string; created_at: number } | undefined;
      if (waiting) {
        const row = this.db
          .prepare(`SELECT COUNT(*) AS n FROM operator_tickets WHERE status = 'waiting' AND seq <= ?`)
          .get(waiting.seq) as { n: number };
        return { id: waiting.id, position: row.n, existing: true, createdAt: waiting.created_at };
      }
      const info = this.db
        .prepare(
          `INSERT INTO operator_tickets (id, session_id, reason, summary, userdata, created_at) VALUES (?, ?, ?, ?, ?, ?)`,
        )
        .run(
          `pending-${createdAt}-${Math.random()}`,
          input.sessionId,
          input.reason,
          input.summary,
          JSON.stringify(input.userData),
          createdAt,
        );
      const id = `Q-${String(info.lastInsertRowid).padStart(4, '0')}`;
      this.db.prepare(`UPDATE operator_tickets SET id = ? WHERE seq = ?`).run(id, info.lastInsertRowid);
      const row = this.db
        .prepare(`SELECT COUNT(*) AS n FROM operator_tickets WHERE status = 'waiting' AND seq <= ?`)
        .get(info.lastInsertRowid) as { n: number };
      return { id, position: row.n, existing: false, createdAt };
    });
    const { id, position, existing, createdAt: at } = insert.immediate();
    if (existing) {
      const [ticket] = (await this.list('waiting')).filter((t) => t.id === id);
      return { ticket: ticket ?? { ...input, id, createdAt: at, status: 'waiting' }, position, existing };
    }
    return { ticket: { ...input, id, createdAt, status: 'waiting' }, position };
  }

  async list(status?: OperatorTicket['status']): Promise<OperatorTicket[]> {
    const rows = (
      status
        ? this.db.prepare(`SELECT * FROM operator_tickets WHERE status = ? ORDER BY seq`).all(status)
        : this.db.prepare(`SELECT * FROM operator_tickets ORDER BY seq`).all()
    ) as Array<Record<string, unknown>>;
    return rows.map((r) => ({
      id: String(r.id),
      sessionId: String(r.session_id),
      reason: String(r.reason),
      summary: String(r.summary),
      userData: JSON.parse(String(r.userdata)) as Record<string, unknown>,
      createdAt: Number(r.created_at),
      status: r.status as OperatorTicket['status'],
    }));
  }

  close(): void {
    this.db.close();
  }
}
