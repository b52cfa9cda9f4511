// Many simulated calls recording into one store at once: used by the load test (no event lost,
// per-session order kept) and by `npm run bench` (recordEventsPerSec). Each call is a real
// WorkflowRuntime event stream and a real (unstarted) AgentSession emitter with a recorder
// attached; a seeded schedule interleaves the calls' events.
import { llm, voice } from '@livekit/agents';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { compileWorkflow, defineWorkflow, SqliteOperatorQueue, WorkflowRuntime } from '../../workflow/index.js';
import { attachRecorder, type Recorder } from './recorder.js';
import type { RecordStore } from './record_store.js';
import { SqliteRecordStore } from './sqlite_record_store.js';

const SimUserData = z.object({ name: z.string().optional() });

function simWorkflow() {
  return compileWorkflow(
    defineWorkflow({
      name: 'sim',
      userData: SimUserData,
      start: 'a',
      agents: [
        {
          id: 'a',
          description: 'first',
          instructions: 'a',
          tools: { lookup: llm.tool({ description: 'lookup', execute: async () => 'ok' }) },
        },
        { id: 'b', description: 'second', instructions: 'b', canEndCall: true },
      ],
      edges: [{ from: 'a', to: 'b', when: 'always' }],
    }),
  );
}

/** Small deterministic PRNG (mulberry32). */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SimulatedCall {
  sessionId: string;
  recorder: Recorder;
  /** Marker of each event emitted, in order (the `step` field stored with it). */
  steps: number[];
}

export interface SimulateOptions {
  store: RecordStore;
  sessions: number;
  /** Workflow/session events per call (besides start and close). */
  eventsPerSession: number;
  seed?: number;
  /** Redact PII (default true, like production). */
  redact?: boolean;
  /** Collects how long each emit took on the caller's path (ms): the recorder's cost to the audio loop. */
  emitTimes?: number[];
}

/**
 * Drive `sessions` calls concurrently; resolves when every call has closed and its record is
 * written. Each event carries a `step` number so a reader can check order.
 */
export async function simulateCalls(options: SimulateOptions): Promise<SimulatedCall[]> {
  const workflow = simWorkflow();
  const operatorQueue = new SqliteOperatorQueue(':memory:');
  const random = seededRandom(options.seed ?? 42);
  const calls = Array.from({ length: options.sessions }, () => {
    const runtime = new WorkflowRuntime(workflow, { operatorQueue });
    const session = new voice.AgentSession({ vad: null, userData: runtime.createUserData() });
    const recorder = attachRecorder({
      runtime,
      session,
      store: options.store,
      room: 'load',
      caller: 'caller',
      redact: options.redact ?? true,
    });
    return { runtime, session, recorder, steps: [] as number[] };
  });
  // Each call decides up front when it yields, so the interleaving is the same on every run.
  const plans = calls.map(() => Array.from({ length: options.eventsPerSession }, () => random() < 0.3));

  await Promise.all(
    calls.map(async (call, c) => {
      const { runtime, session } = call;
      for (let step = 1; step <= options.eventsPerSession; step++) {
        call.steps.push(step);
        const emitStarted = performance.now();
        switch (step % 4) {
          case 0:
            runtime.events.emitEvent({
              type: 'tool_call',
              agent: 'a',
              tool: 'lookup',
              args: { step, email: `caller${c}@example.com` },
              ok: true,
              output: `result ${step}`,
              timedOut: false,
              durationMs: 1.5,
            });
            break;
          case 1:
            session.emit(voice.AgentSessionEventTypes.ConversationItemAdded, {
              type: 'conversation_item_added',
              item: new llm.ChatMessage({
                role: 'user',
                content: `step ${step}: call me on 555-010-${String(step % 10000).padStart(4, '0')}`,
              }),
              createdAt: Date.now(),
            });
            break;
          case 2:
            session.emit(voice.AgentSessionEventTypes.ConversationItemAdded, {
              type: 'conversation_item_added',
              item: new llm.ChatMessage({ role: 'assistant', content: `step ${step}: sure` }),
              createdAt: Date.now(),
            });
            break;
          default:
            runtime.events.emitEvent({
              type: 'userdata_changed',
              agent: 'a',
              tool: `step_${step}`,
              changes: { name: { before: undefined, after: `n${step}` } },
            });
        }
        options.emitTimes?.push(performance.now() - emitStarted);
        if (plans[c]![step - 1]) await new Promise<void>((resolve) => setImmediate(resolve));
      }
      session.emit(voice.AgentSessionEventTypes.Close, {
        type: 'close',
        reason: voice.CloseReason.USER_INITIATED,
        error: null,
        createdAt: Date.now(),
      });
      await call.recorder.closed;
    }),
  );
  return calls.map((c) => ({ sessionId: c.runtime.sessionId, recorder: c.recorder, steps: c.steps }));
}

export interface RecordBenchResult {
  recordEventsPerSec: number;
  /** Time an event emit spends in the recorder on the caller's path (redact, serialise, write or journal). */
  emitP50Us: number;
  emitP99Us: number;
  emitMaxMs: number;
  sessions: number;
  events: number;
  elapsedMs: number;
  store: string;
}

/**
 * Throughput of the recording pipeline (redaction, serialisation, queue, store) with many calls
 * at once. Uses a fresh temporary SQLite file unless a store is given.
 */
export async function benchRecordStore(
  options: { sessions?: number; eventsPerSession?: number; store?: RecordStore } = {},
): Promise<RecordBenchResult> {
  const sessions = options.sessions ?? 200;
  const eventsPerSession = options.eventsPerSession ?? 100;
  const dir = options.store ? undefined : mkdtempSync(join(tmpdir(), 'switchboard-bench-'));
  const store = options.store ?? SqliteRecordStore.open(join(dir!, 'bench.db'));
  try {
    const emitTimes: number[] = [];
    const started = performance.now();
    const calls = await simulateCalls({ store, sessions, eventsPerSession, emitTimes });
    const elapsedMs = performance.now() - started;
    const events = calls.reduce((sum, c) => sum + c.recorder.lastCommittedSeq, 0);
    emitTimes.sort((a, b) => a - b);
    const at = (p: number) => emitTimes[Math.min(emitTimes.length - 1, Math.floor(p * emitTimes.length))] ?? 0;
    return {
      recordEventsPerSec: Math.round(events / (elapsedMs / 1000)),
      emitP50Us: Math.round(at(0.5) * 1000),
      emitP99Us: Math.round(at(0.99) * 1000),
      emitMaxMs: Math.round((emitTimes.at(-1) ?? 0) * 100) / 100,
      sessions,
      events,
      elapsedMs: Math.round(elapsedMs),
      store: store.kind,
    };
  } finally {
    if (!options.store) {
      await store.close();
      rmSync(dir!, { recursive: true, force: true });
    }
  }
}
