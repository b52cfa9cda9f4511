// Moves SQLite's WAL into the database file from a worker thread. Left to itself SQLite
// checkpoints inside whichever commit crosses the threshold, stalling that commit (and so the
// event loop of a worker handling calls) for tens of milliseconds; a passive checkpoint on
// another connection in another thread never blocks our writes.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

// Plain JS run with `eval` so it works the same under tsx, vitest and a compiled build.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path);
db.pragma('busy_timeout = 1000');
const checkpoint = (mode) => { try { db.pragma('wal_checkpoint(' + mode + ')'); } catch (e) { /* busy: next round */ } };
const timer = setInterval(() => checkpoint('PASSIVE'), workerData.intervalMs);
parentPort.on('message', () => {
  clearInterval(timer);
  checkpoint('PASSIVE');
  db.close();
  parentPort.postMessage('stopped');
});
`;

export class SqliteCheckpointer {
  private readonly worker: Worker;
  private stopped?: Promise<void>;

  constructor(path: string, intervalMs = 1000) {
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    this.worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver, path, intervalMs } });
    // Never keep a finished process alive, and never let a checkpoint failure crash it.
    this.worker.unref();
    this.worker.on('error', () => undefined);
  }

  stop(): Promise<void> {
    this.stopped ??= new Promise<void>((resolve) => {
      const done = () => {
        void this.worker.terminate().finally(() => resolve());
      };
      this.worker.once('message', done);
      this.worker.once('exit', () => resolve());
      this.worker.postMessage('stop');
      setTimeout(done, 2000).unref();
    });
    return this.stopped;
  }
}
