// Capacity: how many concurrent simulated callers one core sustains on the support desk with the
// offline policy (LocalPolicyLLM) and session records on, wired like the console (ConsoleSession +
// Observability.observe). Callers are text sessions with realistic pacing: a caller turn every
// ~5 s, 6–10 turns per call; a finished call is replaced by a new one so the concurrency holds.
// Reply time = caller turn end (session.run) → first assistant message of that turn.
//
// Run alone: `node bin/run-ts.js bench/capacity.ts` (re-executes itself pinned to CPU 0 with
// `taskset` and `--expose-gc` when it can; `--json` prints only the result line; `--level N`
// runs one concurrency; `--back-to-back N --profile f.cpuprofile` profiles N callers without think
// time, see bench/PROFILE.md).
import { initializeLogger, voice } from '@livekit/agents';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import inspector from 'node:inspector';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openStore } from '../app/support-desk/api/index.js';
import { supportDeskWorkflow } from '../app/support-desk/workflow.js';
import { ConsoleSession, type ConsoleSessionOptions } from '../src/console/console_session.js';
import { SqliteRecordStore, startObservability, type Observability } from '../src/observability/index.js';
import { LocalPolicyLLM } from '../src/policy/index.js';
import { SqliteOperatorQueue } from '../src/workflow/index.js';
import { seededRandom } from '../src/observability/records/record_bench.js';
import { median, percentile, round } from './stats.js';

/** Reply-time budget a level must keep at p95 to count as sustained. */
export const P95_BUDGET_MS = 300;

// Caller lines of typical support calls (technical, billing, orders, escalation). A call takes the
// first 6–10 lines of one script; the policy decides everything else live.
const SCRIPTS: string[][] = [
  [
    "hi, this is Ann and my internet isn't working",
    'ok, I will wait for the repair then, thanks',
    'actually I also have a question about my bill',
    'it is ann dot lee at example dot com',
    'please refund invoice 2041, I was charged twice for February',
    'great, thanks',
    'where is my order',
    'it is four zero one two',
    'ok thank you',
    "no, that's all, bye",
  ],
  [
    "hi I'm Marcus Johnson, my wifi keeps dropping",
    'it is the router',
    'I tried that and it still does not work',
    'still nothing, it keeps dropping',
    'please just open a ticket for a technician',
    'can someone call me back tomorrow at 10 am on two one two five five five zero one eight eight',
    'thanks',
    'is there an outage in my area',
    'ok',
    'that is all, bye',
  ],
  [
    'hello, my name is Ann Lee, I was charged twice on my last bill',
    'it is ann dot lee at example dot com',
    'please refund invoice 2041, I was charged twice for February',
    'great, thanks',
    'where is my order',
    'it is four zero one two',
    'when will it arrive',
    'thanks',
    'my tv has no picture too',
    'no that is everything, bye',
  ],
  [
    "hi it's David, where is my order",
    'it is four zero one two',
    'thanks, and my tv has no picture',
    'it is the set top box',
    'I tried that and it still does not work',
    'please open a ticket',
    'thank you',
    'what about my bill',
    'my account number is 73918240',
    'that will be all',
  ],
  [
    'hi, this is Grace, I have a question about my bill',
    'what do I owe this month',
    'my account number is 73918240',
    'that does not look right',
    'I want to talk to a real person',
    'how long will that take',
    'ok thanks',
    'can they call me on two one two five five five zero one eight eight',
    'thank you',
    'bye',
  ],
];

export interface LevelResult {
  calls: number;
  turns: number;
  replyMsP50: number;
  replyMsP95: number;
  /** Process CPU time (user + system) per caller turn in the window, ms. */
  cpuMsPerTurn: number;
  /** Session-record rows written per caller turn, and the CPU those SQLite writes took. */
  recordWritesPerTurn: number;
  recordWriteCpuMsPerTurn: number;
  /** Record commits that failed (SQLITE_BUSY) in the window and were queued for retry. */
  recordWriteRetries: number;
  /** Process CPU time ÷ own-core time in the window: 1.0 = one core fully used. */
  coreShare: number;
  /** Own-core time ÷ wall time: the share of the core the machine left us (1.0 on a quiet machine). */
  machineShare: number;
  sustained: boolean;
  /** After GC, with the calls open: (heap used, RSS) above the idle baseline ÷ calls, MB. */
  heapPerCallMb?: number;
  rssPerCallMb?: number;
}

interface LevelOptions {
  calls: number;
  /** Ramp + warm-up before the window, and the measured window (ms). */
  warmupMs: number;
  windowMs: number;
  /** Think time between caller turns (turn start to turn start), ms. 0 = back to back. */
  turnEveryMs: [number, number];
  measureMemory?: boolean;
  seed: number;
  /** Write a V8 CPU profile of the measured window (steady state only) to this file. */
  profile?: string;
}

/** The in-process V8 profiler (node:inspector), so a profile covers the window and not start-up. */
async function startProfiler(): Promise<{ stop: () => Promise<object> }> {
  const session = new inspector.Session();
  session.connect();
  const post = (method: string, params?: object) =>
    new Promise<unknown>((ok, fail) => session.post(method, params, (err, res) => (err ? fail(err) : ok(res))));
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 500 });
  await post('Profiler.start');
  return {
    stop: async () => {
      const { profile } = (await post('Profiler.stop')) as { profile: object };
      session.disconnect();
      return profile;
    },
  };
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * The time this process would see on a core of its own: wall time minus the time its main
 * thread sat in the run queue waiting for the CPU behind other processes (Linux
 * /proc/self/schedstat, 2nd field). On a shared machine that wait is not ours; without the file
 * it is plain wall time. Callers are paced and replies timed on this clock.
 */
export class OwnCoreClock {
  readonly normalised: boolean;
  private readonly wakeups: { at: number; resolve: () => void }[] = [];
  private ticker?: NodeJS.Timeout;

  constructor() {
    this.normalised = runQueueWaitMs() !== undefined;
  }

  now(): number {
    return performance.now() - (runQueueWaitMs() ?? 0);
  }

  /** Sleep `ms` of own-core time. */
  sleep(ms: number): Promise<void> {
    if (!this.normalised) return sleep(ms);
    return new Promise((resolve) => {
      const at = this.now() + ms;
      let i = this.wakeups.length;
      while (i > 0 && this.wakeups[i - 1]!.at > at) i--;
      this.wakeups.splice(i, 0, { at, resolve });
      this.ticker ??= setInterval(() => this.tick(), 5);
    });
  }

  private tick(): void {
    const now = this.now();
    let due = 0;
    while (due < this.wakeups.length && this.wakeups[due]!.at <= now) due++;
    for (const w of this.wakeups.splice(0, due)) w.resolve();
    if (this.wakeups.length === 0) {
      clearInterval(this.ticker);
      this.ticker = undefined;
    }
  }
}

function runQueueWaitMs(): number | undefined {
  try {
    return Number(readFileSync('/proc/self/schedstat', 'utf8').split(' ')[1]) / 1e6;
  } catch {
    return undefined;
  }
}
const gc = (globalThis as { gc?: () => void }).gc;

function settleHeap(): { heap: number; rss: number } {
  if (gc) for (let i = 0; i < 3; i++) gc();
  const m = process.memoryUsage();
  return { heap: m.heapUsed, rss: m.rss };
}

/** Process-wide pieces, shared by every call as in a console or worker process. */
interface Desk {
  workflow: ConsoleSessionOptions['workflow'];
  obs: Observability;
  queue: SqliteOperatorQueue;
  clock: OwnCoreClock;
  writes: { ops: number; cpuUs: number; failed: number };
  close(): Promise<void>;
}

async function openDesk(dir: string): Promise<Desk> {
  const store = openStore(join(dir, 'desk.db'));
  const queue = new SqliteOperatorQueue(join(dir, 'queue.db'));
  const records = SqliteRecordStore.open(join(dir, 'records.db'));
  // Count record writes and the CPU they take (the writer commits synchronously on the caller's path).
  const writes = { ops: 0, cpuUs: 0, failed: 0 };
  const applySync = records.applySync.bind(records);
  records.applySync = (ops) => {
    const before = process.cpuUsage();
    try {
      applySync(ops);
    } catch (error) {
      // Busy or failing: the writer queues the ops and retries them (they are counted again then).
      writes.failed += 1;
      throw error;
    } finally {
      const spent = process.cpuUsage(before);
      writes.cpuUs += spent.user + spent.system;
      writes.ops += ops.length;
    }
  };
  const obs = await startObservability({ store: records, env: {} });
  return {
    workflow: supportDeskWorkflow({ store }) as unknown as ConsoleSessionOptions['workflow'],
    obs,
    queue,
    clock: new OwnCoreClock(),
    writes,
    close: async () => {
      await obs.shutdown();
      queue.close();
      store.close();
    },
  };
}

async function runLevel(desk: Desk, options: LevelOptions): Promise<LevelResult> {
  const clock = desk.clock;
  const random = seededRandom(options.seed); // every run schedules the same calls
  const between = () => options.turnEveryMs[0] + random() * (options.turnEveryMs[1] - options.turnEveryMs[0]);
  const replies: number[] = [];
  const pending = new Set<number>();
  let measuring = false;
  let stopping = false;
  let turns = 0;
  const open = new Set<ConsoleSession>();

  async function oneCall(firstDelayMs: number): Promise<void> {
    await clock.sleep(firstDelayMs);
    while (!stopping) {
      const script = SCRIPTS[Math.floor(random() * SCRIPTS.length)]!;
      const lines = script.slice(0, 6 + Math.floor(random() * 5));
      const call = await ConsoleSession.open({
        workflow: desk.workflow,
        // One model per call, as the worker's job entry makes it (see LocalPolicyLLM).
        llm: new LocalPolicyLLM(),
        runtime: { operatorQueue: desk.queue },
        beforeStart: (session, runtime) => {
          desk.obs.observe(runtime as never, session, { room: 'capacity', caller: 'caller' });
        },
      });
      open.add(call);
      let turnStart: number | undefined;
      call.session.on(voice.AgentSessionEventTypes.ConversationItemAdded, (ev) => {
        if (turnStart === undefined || ev.item.type !== 'message' || ev.item.role !== 'assistant') return;
        const ms = clock.now() - turnStart;
        pending.delete(turnStart);
        if (measuring) replies.push(ms);
        turnStart = undefined;
      });
      for (const line of lines) {
        if (stopping || call.ended) break;
        const started = clock.now();
        turnStart = started;
        pending.add(started);
        if (measuring) turns += 1;
        await call.say(line);
        if (turnStart === started) {
          // No assistant message this turn (should not happen): count it as answered at the end.
          pending.delete(started);
          if (measuring) replies.push(clock.now() - started);
          turnStart = undefined;
        }
        const wait = started + between() - clock.now();
        if (wait > 0 && !stopping) await clock.sleep(wait);
      }
      open.delete(call);
      await call.close();
    }
  }

  const spread = options.turnEveryMs[1];
  const callers = Array.from({ length: options.calls }, () => oneCall(random() * spread));
  await clock.sleep(options.warmupMs);
  const profiler = options.profile ? await startProfiler() : undefined;
  measuring = true;
  const cpu0 = process.cpuUsage();
  const writes0 = { ...desk.writes };
  const t0 = clock.now();
  const wall0 = performance.now();
  await clock.sleep(options.windowMs);
  const ownMs = clock.now() - t0;
  const wallMs = performance.now() - wall0;
  const cpu = process.cpuUsage(cpu0);
  const writeOps = desk.writes.ops - writes0.ops;
  const writeCpuMs = (desk.writes.cpuUs - writes0.cpuUs) / 1000;
  measuring = false;
  if (profiler) writeFileSync(options.profile!, JSON.stringify(await profiler.stop()));
  // Turns still waiting for a reply count with the time they have waited so far (a lower bound).
  const now = clock.now();
  for (const started of pending) replies.push(now - started);
  let memory: { heap: number; rss: number } | undefined;
  if (options.measureMemory) memory = settleHeap();
  stopping = true;
  // End every call now (as if all callers hung up): waiting for an overloaded level's backlog
  // would cost minutes and measure nothing.
  await Promise.all([...open].map((call) => call.session.close().catch(() => undefined)));
  await Promise.all(callers);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const p95 = percentile(replies, 95);
  return {
    calls: options.calls,
    turns,
    replyMsP50: round(median(replies), 1),
    replyMsP95: round(p95, 1),
    cpuMsPerTurn: round(cpuMs / Math.max(1, turns), 2),
    recordWritesPerTurn: round(writeOps / Math.max(1, turns), 1),
    recordWriteCpuMsPerTurn: round(writeCpuMs / Math.max(1, turns), 2),
    recordWriteRetries: desk.writes.failed - writes0.failed,
    coreShare: round(cpuMs / ownMs, 2),
    machineShare: round(ownMs / wallMs, 2),
    sustained: p95 <= P95_BUDGET_MS,
    ...(memory ? { heapPerCallMb: memory.heap, rssPerCallMb: memory.rss } : {}),
  };
}

export interface CapacityResult {
  callsPerCore: number;
  /** Calls one core could carry if it did nothing but serve them (CPU per turn × turn rate). */
  cpuBoundCalls: number;
  replyMsP50At200: number;
  replyMsP95At200: number;
  memoryPerCallMb: number;
  heapPerCallMb: number;
  cpuMsPerTurn: number;
  pinned: string;
  /** The largest sustained and the smallest unsustained level tried. */
  bracket: string;
  levels: LevelResult[];
  elapsedS: number;
}

export interface CapacityOptions {
  /** Log each level as it finishes. */
  onLevel?: (level: LevelResult) => void;
  /** Shorter windows (tests of the script itself). */
  quick?: boolean;
  /** Stop stepping once this much own-core time has passed (default 150 s; wall time counts a third). */
  budgetMs?: number;
  pinned?: string;
}

/**
 * Step the number of concurrent calls (200 first, then doubling or halving, then bisecting) and
 * return the largest that kept p95 reply time ≤ 300 ms, plus the figures at 200 calls.
 */
export async function measureCapacity(options: CapacityOptions = {}): Promise<CapacityResult> {
  const started = performance.now();
  const dir = mkdtempSync(join(tmpdir(), 'switchboard-capacity-'));
  const desk = await openDesk(dir);
  const turnEveryMs: [number, number] = [4000, 6000];
  const windowMs = options.quick ? 4000 : 9000;
  const warmupMs = options.quick ? 3000 : 6000;
  const levels: LevelResult[] = [];
  try {
    // Warm the process (classifier training, JIT) with a few calls; their CPU per turn predicts
    // where the sustained level lies.
    const warm = await runLevel(desk, { calls: 10, warmupMs: 2500, windowMs: 3000, turnEveryMs: [200, 400], seed: 7 });
    const base = settleHeap();
    const level = async (calls: number, measureMemory = calls === 200) => {
      const result = await runLevel(desk, { calls, warmupMs, windowMs, turnEveryMs, measureMemory, seed: calls });
      if (measureMemory && result.heapPerCallMb !== undefined && result.rssPerCallMb !== undefined) {
        result.heapPerCallMb = round((result.heapPerCallMb - base.heap) / calls / 2 ** 20, 3);
        result.rssPerCallMb = round((result.rssPerCallMb - base.rss) / calls / 2 ** 20, 3);
      }
      levels.push(result);
      options.onLevel?.(result);
      return result;
    };
    // The budget is own-core time (see OwnCoreClock), capped in wall time for very busy machines.
    const ownStart = desk.clock.now();
    const elapsed = () =>
      Math.max(desk.clock.now() - ownStart, (performance.now() - started) / (options.quick ? 4 : 3));
    const budgetMs = options.budgetMs ?? (options.quick ? 40_000 : 120_000);
    const turnsPerCallPerSec = 1000 / ((turnEveryMs[0] + turnEveryMs[1]) / 2);
    // Start where the core would be 70 % busy, then double/halve to bracket and bisect to ~10 %.
    let next = Math.max(2, Math.round((0.7 * 1000) / (warm.cpuMsPerTurn * turnsPerCallPerSec)));
    let ok = 0;
    let bad = Infinity;
    const levelMs = () => elapsed() / Math.max(1, levels.length);
    while (elapsed() + levelMs() < budgetMs) {
      const r = await level(next);
      if (r.sustained) ok = next;
      else bad = next;
      if (bad - ok <= Math.max(2, ok * 0.1)) break;
      next = bad === Infinity ? ok * 2 : ok === 0 ? Math.max(1, Math.floor(bad / 2)) : Math.round((ok + bad) / 2);
      if (next === ok || next === bad) break;
    }
    // The figures at 200 concurrent calls (reply times and memory), last: overloaded levels are costly.
    const at200 = levels.find((l) => l.calls === 200) ?? (await level(200));
    const cpuPerTurn = median(levels.map((l) => l.cpuMsPerTurn));
    return {
      callsPerCore: ok,
      cpuBoundCalls: Math.floor(1000 / (cpuPerTurn * turnsPerCallPerSec)),
      replyMsP50At200: at200.replyMsP50,
      replyMsP95At200: at200.replyMsP95,
      memoryPerCallMb: at200.rssPerCallMb ?? NaN,
      heapPerCallMb: at200.heapPerCallMb ?? NaN,
      cpuMsPerTurn: round(cpuPerTurn, 2),
      pinned: `${options.pinned ?? pinning()}; ${desk.clock.normalised ? "times on the core's own clock (wall time minus this process's run-queue wait behind other processes, /proc/self/schedstat)" : 'wall-clock times'}`,
      bracket: bad === Infinity ? `≥ ${ok}` : `${ok}–${bad}`,
      levels,
      elapsedS: round((performance.now() - started) / 1000, 1),
    };
  } finally {
    await desk.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Callers back to back (no think time), for profiling the steady state:
 * `node bin/run-ts.js bench/capacity.ts --back-to-back 200 --profile turn.cpuprofile`.
 */
export async function backToBack(calls: number, profile?: string, windowMs = 15_000): Promise<LevelResult> {
  const dir = mkdtempSync(join(tmpdir(), 'switchboard-capacity-'));
  const desk = await openDesk(dir);
  try {
    await runLevel(desk, { calls: 10, warmupMs: 2500, windowMs: 500, turnEveryMs: [200, 400], seed: 7 });
    return await runLevel(desk, { calls, warmupMs: 3000, windowMs, turnEveryMs: [0, 0], seed: 1, profile });
  } finally {
    await desk.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One level only, e.g. to check a planned concurrency: `taskset -c 0 node bin/run-ts.js bench/capacity.ts --level 60`. */
export async function measureLevel(calls: number): Promise<LevelResult> {
  const dir = mkdtempSync(join(tmpdir(), 'switchboard-capacity-'));
  const desk = await openDesk(dir);
  try {
    await runLevel(desk, { calls: 10, warmupMs: 2500, windowMs: 3000, turnEveryMs: [200, 400], seed: 7 });
    return await runLevel(desk, { calls, warmupMs: 6000, windowMs: 9000, turnEveryMs: [4000, 6000], seed: calls });
  } finally {
    await desk.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const PIN_ENV = 'SWITCHBOARD_CAPACITY_PINNED';

/** How this process is held to one core (set by the re-exec below), for the report. */
function pinning(): string {
  return process.env[PIN_ENV] ?? 'not pinned: figures use all cores the machine gives this process';
}

/**
 * Run the capacity bench in a child process pinned to CPU 0 (taskset) with --expose-gc, so the
 * figure is per core and memory is measured after GC. Returns the child's result.
 */
export function measureCapacityPinned(extraArgs: string[] = []): CapacityResult {
  const hasTaskset = spawnSync('taskset', ['-c', '0', 'true']).status === 0;
  const node = [
    process.execPath,
    '--expose-gc',
    resolve('bin/run-ts.js'),
    resolve('bench/capacity.ts'),
    '--json',
    ...extraArgs,
  ];
  const cpu = process.env.SWITCHBOARD_CAPACITY_CPU ?? '0';
  const [cmd, ...args] = hasTaskset ? ['taskset', '-c', cpu, ...node] : node;
  const child = spawnSync(cmd!, args, {
    encoding: 'utf8',
    env: { ...process.env, [PIN_ENV]: hasTaskset ? `taskset -c ${cpu} (one core)` : undefined },
    stdio: ['ignore', 'pipe', 'inherit'],
    // The bench bounds itself (own-core budget, capped in wall time); this only catches a hang.
    timeout: 1_200_000,
  });
  const last = child.stdout.trim().split('\n').at(-1) ?? '';
  try {
    return JSON.parse(last) as CapacityResult;
  } catch {
    throw new Error(`capacity bench failed (exit ${child.status}): ${child.stdout.slice(-500)}`);
  }
}

export function describeLevel(l: LevelResult): string {
  const mem = l.rssPerCallMb !== undefined ? `, ${l.rssPerCallMb} MB RSS / ${l.heapPerCallMb} MB heap per call` : '';
  return `${l.calls} calls: ${l.turns} turns, reply p50 ${l.replyMsP50} ms, p95 ${l.replyMsP95} ms, ${l.cpuMsPerTurn} ms CPU/turn (record writes ${l.recordWritesPerTurn} rows, ${l.recordWriteCpuMsPerTurn} ms, ${l.recordWriteRetries} retried), core busy ${Math.round(l.coreShare * 100)} % (machine left us ${Math.round(l.machineShare * 100)} % of it)${mem} → ${l.sustained ? 'sustained' : 'over budget'}`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  initializeLogger({ pretty: false, level: 'error' });
  const argv = process.argv.slice(2);
  const json = argv.includes('--json');
  const b2b = argv.indexOf('--back-to-back');
  const one = argv.indexOf('--level');
  if (one >= 0) {
    process.stdout.write(`${describeLevel(await measureLevel(Number(argv[one + 1])))}\n`);
  } else if (b2b >= 0) {
    const prof = argv.indexOf('--profile');
    const result = await backToBack(Number(argv[b2b + 1] ?? 200), prof >= 0 ? argv[prof + 1] : undefined);
    process.stdout.write(`back to back: ${describeLevel(result)}\n`);
  } else if (!json && !process.env[PIN_ENV] && spawnSync('taskset', ['-c', '0', 'true']).status === 0) {
    // Alone on the command line: re-run pinned to one core, printing the levels as they come.
    const result = measureCapacityPinned(argv.filter((a) => a === '--quick'));
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } else {
    const result = await measureCapacity({
      quick: argv.includes('--quick'),
      onLevel: (l) => process.stderr.write(`  capacity: ${describeLevel(l)}\n`),
    });
    process.stdout.write(`${JSON.stringify(result)}\n`);
  }
  process.exit(0);
}
