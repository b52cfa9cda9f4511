// The persistent human-operator queue used when no SIP transfer is configured (and in tests):
// the caller gets a ticket with the summary and everything collected, so nothing is lost.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

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
  enqueue(
    ticket: Omit<OperatorTicket, 'id' | 'createdAt' | 'status'>,
  ): Promise<{ ticket: OperatorTicket; position: number }>;
  list(status?: OperatorTicket['status']): Promise<OperatorTicket[]>;
  close?(): void;
}

/** SQLite-backed queue; `:memory:` for tests. WAL so several worker processes can share the file. */
export class SqliteOperatorQueue implements OperatorQueue {
  private readonly db: Database.Database;

  constructor(path = './data/operator-queue.db') {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 5000');
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
  }

  async enqueue(
    input: Omit<OperatorTicket, 'id' | 'createdAt' | 'status'>,
  ): Promise<{ ticket: OperatorTicket; position: number }> {
    const createdAt = Date.now();
    const insert = this.db.transaction(() => {
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
      return { id, position: row.n };
    });
    const { id, position } = insert();
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
