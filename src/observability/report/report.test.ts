import { initializeLogger } from '@livekit/agents';
import { Command } from 'commander';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PG_URL, STORE_KINDS } from '../fixtures/stores.js';
import { ESCALATION_TURNS, runSupportCall } from '../fixtures/support_call.js';
import { attachRecorder, type Recorder } from '../records/recorder.js';
import { registerReportCommands, type ReportIO } from './report_command.js';
import { latencyBar, renderTimeline } from './report_render.js';
import { SqliteRecordStore } from '../records/sqlite_record_store.js';

initializeLogger({ pretty: false, level: 'fatal' });

const CLI = fileURLToPath(new URL('../fixtures/report_cli.ts', import.meta.url));
const run = promisify(execFile);

/** Run `switchboard report ...` in a child process; never throws on a non-zero exit. */
async function cli(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', CLI, 'report', ...args], {
      env: { ...process.env, NO_COLOR: '1', DATABASE_URL: '', ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

/** Run the commands in-process with captured output, the way src/cli/main.ts mounts them. */
async function inProcess(args: string[], db: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: ReportIO = { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`), color: false };
  const program = new Command().exitOverride();
  registerReportCommands(program, { io, env: { SWITCHBOARD_DB: db } });
  const before = process.exitCode;
  process.exitCode = undefined;
  await program.parseAsync(['node', 'switchboard', 'report', ...args]);
  const code = Number(process.exitCode ?? 0);
  process.exitCode = before;
  return { code, out, err };
}

describe('report commands', () => {
  const dir = mkdtempSync(join(tmpdir(), 'switchboard-report-'));
  const db = join(dir, 'records.db');
  const ids: string[] = [];

  beforeAll(async () => {
    const store = SqliteRecordStore.open(db);
    for (const turns of [undefined, ESCALATION_TURNS]) {
      let recorder: Recorder | undefined;
      const call = await runSupportCall(({ runtime, session }) => {
        recorder = attachRecorder({ runtime, session, store, room: 'room-1', caller: 'caller-1' });
      }, turns);
      await recorder!.closed;
      ids.push(call.runtime.sessionId);
    }
    await store.close();
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists recent sessions as JSON with id, start, agent path and outcome', async () => {
    const { code, out } = await inProcess(['list', '--json'], db);
    expect(code).toBe(0);
    const list = JSON.parse(out) as { id: string; startedAt: number; agents: string[]; outcome: string }[];
    expect(list.map((s) => [s.id, s.agents, s.outcome])).toEqual([
      [ids[1], ['greeter', 'human'], 'escalated'],
      [ids[0], ['greeter', 'billing'], 'resolved'],
    ]);
    expect(list.every((s) => typeof s.startedAt === 'number')).toBe(true);
  });

  it('lists sessions as a table for people', async () => {
    const { out } = await inProcess(['list'], db);
    const lines = out.trim().split('\n');
    expect(lines[0]).toMatch(/^started\s+duration\s+outcome\s+agents\s+id$/);
    expect(lines[2]).toContain('greeter → billing');
    expect(lines[2]).toContain('resolved');
  });

  it('shows one session by unique id prefix: JSON with its events, or a lane timeline with the handoff arrow', async () => {
    const json = await inProcess(['show', ids[0]!.slice(0, 8), '--json'], db);
    const session = JSON.parse(json.out) as { id: string; events: { seq: number; kind: string }[] };
    expect(session.id).toBe(ids[0]);
    expect(session.events.map((e) => e.seq)).toEqual(session.events.map((_, i) => i + 1));
    expect(session.events.map((e) => e.kind)).toContain('handoff');

    const { out } = await inProcess(['show', ids[0]!], db);
    expect(out).toMatch(/^Session [0-9a-f-]{36} {2}\(support\)$/m);
    expect(out).toMatch(/^ {2}time {5}greeter +billing/m);
    expect(out).toMatch(/●─+▶ +handoff transfer_to_billing/);
    expect(out).toMatch(/guard "identity verified" refused transfer_to_billing/);
    expect(out).toMatch(/tool balance [\d.]+ms ok/);
    expect(out).toMatch(/first audio [▏▎▍▌▋▊▉█]+/);
    expect(out).toMatch(/session closed: resolved \(user_initiated\)/);
  });

  it('summarises: handoff success per edge, escalation rate, first-audio percentiles, slowest tools', async () => {
    const { code, out } = await inProcess(['stats', '--json'], db);
    expect(code).toBe(0);
    const stats = JSON.parse(out);
    expect(stats).toMatchObject({
      sessions: 2,
      finished: 2,
      escalationRate: 0.5,
      outcomes: { resolved: 1, escalated: 1 },
    });
    expect(stats.handoffEdges).toEqual([
      { from: 'greeter', to: 'billing', completed: 1, failed: 1, dropped: 0, successRate: 0.5 },
      { from: 'greeter', to: 'human', completed: 1, failed: 0, dropped: 0, successRate: 1 },
    ]);
    expect(stats.firstAudio.count).toBeGreaterThan(0);
    expect(stats.firstAudio.p95Ms).toBeGreaterThanOrEqual(stats.firstAudio.medianMs);
    // Six tools ran; the five slowest by p95 come first.
    const p95s = (stats.slowestTools as { p95Ms: number }[]).map((t) => t.p95Ms);
    expect(p95s).toHaveLength(5);
    expect(p95s).toEqual([...p95s].sort((a, b) => b - a));

    const text = await inProcess(['stats'], db);
    expect(text.out).toMatch(/greeter → billing\s+50\.0%/);
    expect(text.out).toMatch(/escalation rate: 50\.0%/);
  });

  it('explains bad input in one sentence with a non-zero exit: unknown id, bad flag', async () => {
    const unknown = await inProcess(['show', 'zzz'], db);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/^error: No session "zzz" in .*records\.db\. Run `switchboard report list`/);
    const flag = await inProcess(['list', '--limit', 'lots'], db);
    expect(flag.code).toBe(1);
    expect(flag.err).toMatch(/--limit must be a whole number/);
  });

  it('works as a real command line: JSON out, and clear errors without stack traces', { timeout: 60_000 }, async () => {
    const ok = await cli(['list', '--json'], { SWITCHBOARD_DB: db });
    expect(ok.code).toBe(0);
    expect((JSON.parse(ok.stdout) as { id: string }[]).map((s) => s.id)).toEqual([ids[1], ids[0]]);

    const corrupt = join(dir, 'corrupt.db');
    writeFileSync(corrupt, 'not a database '.repeat(100));
    const empty = join(dir, 'empty.db');
    await SqliteRecordStore.open(empty).close();
    const [missing, bad, none, absent] = await Promise.all([
      cli(['show', 'nope'], { SWITCHBOARD_DB: db }),
      cli(['list'], { SWITCHBOARD_DB: corrupt }),
      cli(['stats'], { SWITCHBOARD_DB: empty }),
      cli(['list'], { SWITCHBOARD_DB: join(dir, 'absent.db') }),
    ]);
    expect(missing).toMatchObject({ code: 1, stdout: '' });
    expect(missing!.stderr).toMatch(/No session "nope"/);
    expect(bad!.code).toBe(1);
    expect(bad!.stderr).toMatch(/corrupt\.db is not a readable Switchboard record store/);
    expect(none!.code).toBe(1);
    expect(none!.stderr).toMatch(/No sessions recorded yet in .*empty\.db/);
    expect(absent!.code).toBe(1);
    expect(absent!.stderr).toMatch(/No records store at .*absent\.db; nothing recorded yet/);

    for (const r of [missing, bad, none, absent]) expect(r!.stderr).not.toMatch(/^\s+at /m);
  });
});

describe.skipIf(!PG_URL)('report commands on PostgreSQL (DATABASE_URL)', () => {
  it(
    'reads the records the workers wrote to PostgreSQL, and explains an unreachable server',
    { timeout: 60_000 },
    async () => {
      const t = await STORE_KINDS.find((k) => k.name === 'postgres')!.open();
      try {
        let recorder: Recorder | undefined;
        const call = await runSupportCall(({ runtime, session }) => {
          recorder = attachRecorder({ runtime, session, store: t.store });
        });
        await recorder!.closed;
        const schema = (t.settings as { schema: string }).schema;
        const url = `${PG_URL}${PG_URL!.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
        const [list, show, down] = await Promise.all([
          cli(['list', '--json'], { DATABASE_URL: url }),
          cli(['show', call.runtime.sessionId.slice(0, 6), '--json'], { DATABASE_URL: url }),
          cli(['list'], { DATABASE_URL: 'postgres://report:hunter22@127.0.0.1:1/none' }),
        ]);
        expect(list.code).toBe(0);
        expect(JSON.parse(list.stdout)).toMatchObject([
          { id: call.runtime.sessionId, agents: ['greeter', 'billing'], outcome: 'resolved' },
        ]);
        expect(show.code).toBe(0);
        expect((JSON.parse(show.stdout) as { events: unknown[] }).events.length).toBe(recorder!.lastSeq);
        expect(down.code).toBe(1);
        expect(down.stderr).toMatch(/^error: Cannot reach PostgreSQL at postgres:\/\/report@127\.0\.0\.1:1\/none/);
        expect(down.stderr).not.toContain('hunter22');
      } finally {
        await t.cleanup();
      }
    },
  );
});

describe('timeline rendering', () => {
  it('draws latency bars in eighths, capped', () => {
    expect(latencyBar(100)).toBe('█');
    expect(latencyBar(250)).toBe('██▌');
    expect(latencyBar(1)).toBe('▏');
    expect(latencyBar(10_000, 100, 5)).toBe('█████…');
  });

  it('draws a handoff back to an earlier lane as a left arrow', () => {
    const base = {
      id: 'x',
      startedAt: 0,
      outcome: 'resolved' as const,
      agents: ['a', 'b', 'a'],
      handoffs: 2,
      toolCalls: 0,
      eventCount: 4,
    };
    const out = renderTimeline({
      ...base,
      events: [
        { seq: 1, at: 0, kind: 'agent_entered', agent: 'a', data: { agent: 'a' } },
        { seq: 2, at: 10, kind: 'handoff', agent: 'a', data: { from: 'a', to: 'b', tool: 't', mode: 'call' } },
        { seq: 3, at: 20, kind: 'agent_entered', agent: 'b', data: { agent: 'b', from: 'a' } },
        { seq: 4, at: 30, kind: 'return', agent: 'b', data: { from: 'b', to: 'a', result: { ok: true } } },
      ],
    });
    expect(out).toMatch(/●─+▶ +call t/);
    expect(out).toMatch(/◀─+● +return/);
  });
});
