// Write-ahead writer for one session's record, in order, never blocking on the network:
// - stores that commit synchronously (SQLite) get each op written through at once — a commit of
//   a few microseconds — so an op is durable before the code that emitted it goes on;
// - other stores (PostgreSQL) get the op appended to a local journal (one write(), no fsync) and
//   queued; a pump writes the queue in batches and empties the journal once it is committed.
// Failed writes stay at the head of the queue and are retried with backoff, so order holds and
// nothing acknowledged is ever lost. A process killed mid-call loses at most the op being written.
import type { RecordJournal } from './record_journal.js';
import type { RecordStore } from './record_store.js';
import type { RecordOp } from './record_types.js';

export interface RecordWriterOptions {
  /** Largest batch per transaction (default 256). */
  maxBatch?: number;
  /** Ops kept while the store is failing; beyond this new ops are dropped and counted (default 50 000). */
  maxQueued?: number;
  /** Called after each commit with the ops it acknowledged. */
  onCommit?: (ops: readonly RecordOp[]) => void;
  /** Journal ops before queueing them (for stores without synchronous commits). */
  journal?: RecordJournal;
  /** Called on each failed write attempt (it will be retried). */
  onError?: (error: unknown, attempt: number) => void;
  /** Backoff bounds for retries (ms). */
  retryMinMs?: number;
  retryMaxMs?: number;
}

export class RecordWriter {
  private readonly queue: RecordOp[] = [];
  private pumping = false;
  private scheduled = false;
  private idleWaiters: (() => void)[] = [];
  private retryTimer?: NodeJS.Timeout;
  private wakeRetry?: () => void;
  private stopped = false;
  /** Ops committed so far. */
  committed = 0;
  /** Ops refused because the queue was full (never acknowledged). */
  dropped = 0;
  /** Failed write attempts so far. */
  failures = 0;

  constructor(
    private readonly store: RecordStore,
    private readonly options: RecordWriterOptions = {},
  ) {}

  /** Ops queued and not yet committed. */
  get pending(): number {
    return this.queue.length;
  }

  /** Queue one op; returns false if it had to be dropped (store failing for a long time). */
  enqueue(op: RecordOp): boolean {
    if (this.stopped) {
      this.dropped += 1;
      return false;
    }
    if (this.queue.length >= (this.options.maxQueued ?? 50_000)) {
      this.dropped += 1;
      return false;
    }
    if (this.queue.length === 0 && !this.pumping && this.store.applySync) {
      try {
        this.store.applySync([op]);
        this.committed += 1;
        this.options.onCommit?.([op]);
        return true;
      } catch (error) {
        // Busy or failing: fall back to the queue, which retries in order.
        this.failures += 1;
        this.options.onError?.(error, 1);
      }
    }
    this.options.journal?.append(op);
    this.queue.push(op);
    if (!this.pumping && !this.scheduled) {
      this.scheduled = true;
      queueMicrotask(() => {
        this.scheduled = false;
        void this.pump();
      });
    }
    return true;
  }

  /** Resolves when everything queued so far is committed (or the timeout passes). */
  async flush(timeoutMs = 10_000): Promise<boolean> {
    if (this.queue.length === 0 && !this.pumping) return true;
    if (this.stopped) return false;
    // Retry now rather than waiting out the backoff: someone is waiting.
    this.wakeRetry?.();
    let timer: NodeJS.Timeout | undefined;
    const done = await Promise.race([
      new Promise<boolean>((resolve) => this.idleWaiters.push(() => resolve(true))),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      }),
    ]);
    clearTimeout(timer);
    return done;
  }

  /** Give up: stop retrying and accept nothing more (what is still queued was never acknowledged). */
  stop(): void {
    this.stopped = true;
    this.wakeRetry?.();
  }

  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    let attempt = 0;
    try {
      while (this.queue.length > 0 && !this.stopped) {
        const batch = this.queue.slice(0, this.options.maxBatch ?? 256);
        try {
          await this.store.apply(batch);
        } catch (error) {
          attempt += 1;
          this.failures += 1;
          this.options.onError?.(error, attempt);
          const min = this.options.retryMinMs ?? 50;
          const max = this.options.retryMaxMs ?? 5_000;
          await this.sleep(Math.min(max, min * 2 ** Math.min(attempt - 1, 16)));
          continue;
        }
        attempt = 0;
        this.queue.splice(0, batch.length);
        this.committed += batch.length;
        if (this.queue.length === 0) this.options.journal?.clear();
        this.options.onCommit?.(batch);
      }
    } finally {
      this.pumping = false;
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      for (const w of waiters) w();
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      this.wakeRetry = () => {
        clearTimeout(this.retryTimer);
        this.wakeRetry = undefined;
        resolve();
      };
      this.retryTimer = setTimeout(() => this.wakeRetry?.(), ms);
      // Retries must not keep a finished process alive on their own.
      this.retryTimer.unref();
    });
  }
}
