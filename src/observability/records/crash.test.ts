import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { announceSkips, STORE_KINDS, type TestStore } from '../fixtures/stores.js';
import { recoverRecordJournals } from './record_journal.js';
import { openRecordStore } from './open_record_store.js';

announceSkips();

const CHILD = fileURLToPath(new URL('../fixtures/crash_call.ts', import.meta.url));
const KILL_AFTER_ACK = 60;

/** Run the call in a child process and SIGKILL it once the store has acknowledged enough events. */
async function killMidCall(
  settings: unknown,
  journalDir: string,
): Promise<{
  sessionId: string;
  maxAck: number;
  maxAssigned: number;
  inFlight: number;
  signal: NodeJS.Signals | null;
}> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, JSON.stringify(settings)], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, RECORD_JOURNAL_DIR: journalDir },
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  let sessionId = '';
  let maxAck = 0;
  let maxAssigned = 0;
  let inFlight = 0;
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  for await (const line of createInterface({ input: child.stdout })) {
    if (line.startsWith('SESSION ')) sessionId = line.slice(8);
    if (line.startsWith('ACK ')) {
      const [acked, assigned] = line.slice(4).split(' ').map(Number);
      maxAck = Math.max(maxAck, acked!);
      maxAssigned = Math.max(maxAssigned, assigned!);
      inFlight = Math.max(inFlight, assigned! - acked!);
    }
    if (maxAck >= KILL_AFTER_ACK) {
      child.kill('SIGKILL');
      break;
    }
  }
  const signal = await exited;
  if (!sessionId || maxAck < KILL_AFTER_ACK)
    throw new Error(`The crash child stopped early (signal ${signal}):\n${stderr}`);
  return { sessionId, maxAck, maxAssigned, inFlight, signal };
}

describe.each(STORE_KINDS)('a worker killed with SIGKILL mid-call ($name)', (kind) => {
  let t: TestStore;
  let journalDir: string;
  beforeEach(async () => {
    if (kind.skip) return;
    t = await kind.open();
    journalDir = mkdtempSync(join(tmpdir(), 'switchboard-journal-'));
  });
  afterEach(async () => {
    await t?.cleanup();
    if (journalDir) rmSync(journalDir, { recursive: true, force: true });
  });

  it.skipIf(Boolean(kind.skip))(
    'leaves a readable record holding every acknowledged event, in order, without gaps',
    { timeout: 90_000 },
    async () => {
      const { sessionId, maxAck, maxAssigned, inFlight, signal } = await killMidCall(t.settings, journalDir);
      expect(signal).toBe('SIGKILL');

      // The restarted worker opens the store and replays what the dead one journaled but had not committed.
      const restarted = await openRecordStore(t.settings);
      const recovered = await recoverRecordJournals(restarted, { dir: journalDir });
      const record = await restarted.getSession(sessionId);
      await restarted.close();
      const leftover = readdirSync(journalDir, { recursive: true }).filter((f) => String(f).endsWith('.jsonl'));
      expect(leftover).toEqual([]);
      expect(record).toBeDefined();
      const seqs = record!.events.map((e) => e.seq);
      // Never lose an acknowledged event, nor any event handed out before the last report we read...
      expect(seqs.length).toBeGreaterThanOrEqual(maxAck);
      expect(seqs.length).toBeGreaterThanOrEqual(maxAssigned);
      // ...and what survives is exactly the prefix 1..N: order kept, no holes from a torn write.
      expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
      console.log(
        `[${kind.name}] killed after ack ${maxAck} (events handed out: ${maxAssigned}; at most ${inFlight} ever waiting for a commit); ` +
          `journal replay: ${recovered.ops} ops from ${recovered.files} file(s); the store holds ${record!.events.length} events.`,
      );
      expect(record).toMatchObject({ outcome: 'incomplete', room: 'crash-room', agents: ['greeter', 'billing'] });
      expect(record!.endedAt).toBeUndefined();
      const kinds = new Set(record!.events.map((e) => e.kind));
      for (const k of ['session_started', 'agent_entered', 'handoff', 'tool_call', 'transcript', 'turn_latency'])
        expect(kinds).toContain(k);
    },
  );
});
