// Local write-ahead journal for stores that commit asynchronously (PostgreSQL). Every op is
// appended to a per-session file with one synchronous write() before it is queued: the data is in
// the OS page cache at once, so it survives the process being killed (not a power cut; there is
// no fsync, which would stall the caller). Once the queue is committed the file is emptied; when
// the session ends it is deleted. A worker that starts after a crash replays the files that dead
// processes left behind (`recoverRecordJournals`); replays are idempotent.
import {
  closeSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { RecordStore } from './record_store.js';
import type { RecordOp } from './record_types.js';

export const DEFAULT_JOURNAL_DIR = './data/record-journal';

export function journalDirFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return env.RECORD_JOURNAL_DIR?.trim() || DEFAULT_JOURNAL_DIR;
}

// Journals live under the host name so workers sharing a volume never replay a live worker's file.
function hostDir(dir: string): string {
  return join(dir, hostname().replace(/[^A-Za-z0-9._-]/g, '_'));
}

export class RecordJournal {
  private fd: number | undefined;
  private bytes = 0;

  private constructor(readonly path: string) {
    this.fd = openSync(path, 'a', 0o600);
  }

  static open(dir: string, sessionId: string): RecordJournal {
    const d = hostDir(dir);
    mkdirSync(d, { recursive: true, mode: 0o700 });
    return new RecordJournal(join(d, `${process.pid}-${sessionId.replace(/[^A-Za-z0-9._-]/g, '_')}.jsonl`));
  }

  /** Append one op (one line, one write). */
  append(op: RecordOp): void {
    if (this.fd === undefined) return;
    this.bytes += writeSync(this.fd, `${JSON.stringify(op)}\n`);
  }

  /** Everything appended so far is committed: forget it. */
  clear(): void {
    if (this.fd === undefined || this.bytes === 0) return;
    ftruncateSync(this.fd, 0);
    this.bytes = 0;
  }

  /** Close; delete the file unless ops in it may still be uncommitted. */
  close(options: { remove: boolean }): void {
    if (this.fd === undefined) return;
    closeSync(this.fd);
    this.fd = undefined;
    if (options.remove) {
      try {
        unlinkSync(this.path);
      } catch {
        // Already gone.
      }
    }
  }
}

function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Parse a journal; a torn last line (the write the kill interrupted) is dropped. */
export function readJournal(text: string): RecordOp[] {
  const ops: RecordOp[] = [];
  for (const line of text.split('\n')) {
    if (!line) continue;
    try {
      ops.push(JSON.parse(line) as RecordOp);
    } catch {
      break;
    }
  }
  return ops;
}

export interface JournalRecovery {
  files: number;
  ops: number;
}

/**
 * Replay journals left by dead worker processes on this host into the store, then delete them.
 * Call at worker start-up, after opening the store. Files of live processes are left alone.
 */
export async function recoverRecordJournals(
  store: RecordStore,
  options: { dir?: string; isAlive?: (pid: number) => boolean } = {},
): Promise<JournalRecovery> {
  const dir = hostDir(options.dir ?? journalDirFromEnv());
  const isAlive = options.isAlive ?? processAlive;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return { files: 0, ops: 0 };
  }
  const result: JournalRecovery = { files: 0, ops: 0 };
  for (const name of names) {
    const match = /^(\d+)-.+\.jsonl$/.exec(name);
    if (!match || isAlive(Number(match[1]))) continue;
    const path = join(dir, name);
    const ops = readJournal(readFileSync(path, 'utf8'));
    for (let i = 0; i < ops.length; i += 200) await store.apply(ops.slice(i, i + 200));
    unlinkSync(path);
    result.files += 1;
    result.ops += ops.length;
  }
  return result;
}
