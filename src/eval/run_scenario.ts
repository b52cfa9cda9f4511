// Runs one scenario: a fresh workflow (own stores, own operator queue, own temp dir) in a text
// session, driven by the scenario's caller; then the expectations and the judges.
import { type llm, voice } from '@livekit/agents';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConsoleSession } from '../console/console_session.js';
import { SqliteOperatorQueue } from '../workflow/escalation/operator_queue.js';
import type { WorkflowEvent } from '../workflow/events.js';
import { checkExpectations, type ExpectationResult } from './expectations.js';
import { judgeByName, type JudgeVerdict } from './judges.js';
import type { LoadedScenario } from './load_scenarios.js';
import type { CallRecord, RunRecord, TranscriptLine, TurnRecord } from './run_record.js';
import type { Outcome } from './scenario_schema.js';
import { hashString } from './seeded_random.js';
import { LlmPersonaCaller } from './llm_persona_caller.js';
import { PersonaCaller } from './persona_caller.js';
import { ScriptedCaller, type CallerView, type SimulatedCaller } from './simulated_caller.js';

export type JudgeOutcome = JudgeVerdict | { judge: string; verdict: 'skipped'; reason: string };

export interface ScenarioResult {
  name: string;
  file: string;
  workflow: string;
  status: 'passed' | 'failed' | 'skipped' | 'error';
  /** Why it was skipped, or why it could not run. */
  reason?: string;
  caller: 'say' | 'persona' | 'llm-persona';
  seed: number;
  durationMs: number;
  expectations: ExpectationResult[];
  judges: JudgeOutcome[];
  run?: RunRecord;
  notes: string[];
}

export interface RunScenarioOptions {
  /** The agents' model (an llm.LLM instance, or a LiveKit inference model string). */
  llm: llm.LLM | string;
  /** Model for judges; without one they are reported as skipped. */
  judgeLlm?: llm.LLM;
  /** Model that plays personas; without one the rule-based caller does. */
  callerLlm?: llm.LLM;
  /** Base seed for the rule-based caller (combined with the scenario's name). */
  seed?: number;
  /** Longest a single turn may take before it counts as failed (ms, default 60 000). */
  turnTimeoutMs?: number;
  /**
   * Takes the end of the call's cleanup (the session finishing its close, the temp dir) instead of
   * waiting for it: a batch runner overlaps it with the next scenario and awaits it at the end.
   */
  deferCleanup?: (cleanup: Promise<void>) => void;
}

export const JUDGE_SKIPPED = 'needs an LLM (set EVAL_JUDGE_LLM, or run with --llm env and a configured model)';

export async function runScenario(loaded: LoadedScenario, options: RunScenarioOptions): Promise<ScenarioResult> {
  const { spec } = loaded;
  const seed = spec.seed ?? hashString(`${options.seed ?? 1}:${spec.name}`);
  const callerKind: ScenarioResult['caller'] = spec.caller.say ? 'say' : options.callerLlm ? 'llm-persona' : 'persona';
  const base: Omit<ScenarioResult, 'status' | 'durationMs'> = {
    name: spec.name,
    file: loaded.file,
    workflow: loaded.workflow.entry,
    caller: callerKind,
    seed,
    expectations: [],
    judges: [],
    notes: [...loaded.notes],
  };
  if (spec.skip) {
    return { ...base, status: 'skipped', reason: spec.skip === true ? 'skip: true' : spec.skip, durationMs: 0 };
  }
  if (!loaded.workflow.isolated)
    base.notes.push(`${loaded.workflow.entry} exports a workflow object, not a factory: scenarios share its stores`);

  const started = performance.now();
  const tempDir = mkdtempSync(join(tmpdir(), 'switchboard-eval-'));
  const operatorQueue = new SqliteOperatorQueue(':memory:');
  let sessionClosed: Promise<void> = Promise.resolve();
  try {
    const workflow = await loaded.workflow.create({ tempDir });
    const caller: SimulatedCaller = spec.caller.say
      ? new ScriptedCaller(spec.caller.say.filter(Boolean))
      : options.callerLlm
        ? new LlmPersonaCaller(spec.caller.persona!, options.callerLlm)
        : new PersonaCaller(spec.caller.persona!, { seed, routingTools: new Set(loaded.workflow.routing) });
    const run = await driveCall(workflow, caller, operatorQueue, options, (closed) => (sessionClosed = closed));
    const expectations = checkExpectations(spec.expect, run);
    const judges = await runJudges(loaded, run, options.judgeLlm);
    const failed = expectations.some((e) => !e.ok) || judges.some((j) => j.verdict === 'fail');
    return {
      ...base,
      status: failed ? 'failed' : 'passed',
      expectations,
      judges,
      run,
      durationMs: performance.now() - started,
    };
  } catch (error) {
    return {
      ...base,
      status: 'error',
      reason: (error as Error).message,
      durationMs: performance.now() - started,
    };
  } finally {
    // The session's own close failing does not change what the call did (that is in the record).
    const cleanup = sessionClosed
      .catch(() => undefined)
      .finally(() => {
        operatorQueue.close();
        rmSync(tempDir, { recursive: true, force: true });
      });
    if (options.deferCleanup) options.deferCleanup(cleanup);
    else await cleanup;
  }
}

async function driveCall(
  workflow: Parameters<typeof ConsoleSession.open>[0]['workflow'],
  caller: SimulatedCaller,
  operatorQueue: SqliteOperatorQueue,
  options: RunScenarioOptions,
  onHungUp: (sessionClosed: Promise<void>) => void,
): Promise<RunRecord> {
  const t0 = performance.now();
  const at = () => Math.round(performance.now() - t0);
  const transcript: TranscriptLine[] = [];
  const calls: CallRecord[] = [];
  const turns: TurnRecord[] = [];
  const errors: string[] = [];
  let turn = 0;
  let pending: { record: TurnRecord; startedAt: number } | undefined;
  let repliesSince: string[] = [];
  let callsSince: CallRecord[] = [];
  let agent = workflow.start;
  let userdata: Record<string, unknown> = {};
  let endedOutcome = 'abandoned';

  const onWorkflowEvent = (e: WorkflowEvent) => {
    if (e.type !== 'tool_call') return;
    const call: CallRecord = {
      agent: e.agent,
      name: e.tool,
      args: structuredClone(e.args ?? {}),
      ok: e.ok,
      output: e.output,
      error: e.error,
      turn,
    };
    calls.push(call);
    callsSince.push(call);
  };

  const call = await ConsoleSession.open({
    workflow,
    llm: options.llm,
    runtime: { operatorQueue },
    turnTimeoutMs: options.turnTimeoutMs,
    onWorkflowEvent,
    beforeStart: (session) => {
      // Latency: from the caller's turn end to the first agent line added after it.
      session.on(voice.AgentSessionEventTypes.ConversationItemAdded, (ev) => {
        const item = ev.item;
        if (!pending || item.type !== 'message' || item.role !== 'assistant' || !(item.textContent ?? '').trim())
          return;
        if (pending.record.latencyMs === undefined) pending.record.latencyMs = performance.now() - pending.startedAt;
      });
    },
    onEvent: (e) => {
      switch (e.type) {
        case 'message':
          if (e.role === 'assistant') {
            agent = e.agent;
            repliesSince.push(e.text);
            transcript.push({ atMs: at(), kind: 'agent', agent: e.agent, text: e.text });
          }
          break;
        case 'function_call_output':
          transcript.push({
            atMs: at(),
            kind: 'tool',
            agent: e.agent,
            text: `${e.name} ${e.isError ? 'failed' : '→'} ${e.output}`,
          });
          break;
        case 'agent_handoff':
          agent = e.to;
          transcript.push({ atMs: at(), kind: 'handoff', text: `${e.from} → ${e.to}` });
          break;
        case 'error':
          errors.push(e.message);
          if (pending) pending.record.error = e.message;
          transcript.push({ atMs: at(), kind: 'error', text: e.message });
          break;
        case 'session_end':
          userdata = e.userdata;
          endedOutcome = e.outcome;
          break;
        default:
          break;
      }
    },
  });

  const conversation: CallerView['conversation'] = [];
  let callerEnd: string | undefined;
  let failedBeforeClose = false;
  try {
    for (;;) {
      if (call.ended) {
        callerEnd = 'the agent ended the call';
        break;
      }
      for (const r of repliesSince) conversation.push({ role: 'agent', text: r });
      const view: CallerView = {
        replies: repliesSince,
        agent,
        calls: callsSince,
        turn: turn + 1,
        conversation: [...conversation],
      };
      const line = await caller.next(view);
      if (line === undefined) {
        callerEnd = caller.endReason ?? 'caller hung up';
        break;
      }
      turn += 1;
      repliesSince = [];
      callsSince = [];
      conversation.push({ role: 'caller', text: line });
      transcript.push({ atMs: at(), kind: 'caller', text: line });
      const record: TurnRecord = { turn, caller: line, replies: [], agent, answered: false };
      turns.push(record);
      pending = { record, startedAt: performance.now() };
      await call.say(line);
      record.replies = [...repliesSince];
      record.answered = record.replies.length > 0 && !record.error;
      pending = undefined;
    }
    failedBeforeClose = errors.length > 0 && call.runtime.outcome === 'in_progress';
  } finally {
    await call.hangUp();
    onHungUp(call.sessionClosed);
  }
  if (callerEnd) transcript.push({ atMs: at(), kind: 'note', text: `call over: ${callerEnd}` });
  const outcome = (failedBeforeClose ? 'error' : endedOutcome) as Outcome;
  return {
    turns,
    transcript,
    path: [...call.runtime.path],
    handoffs: call.runtime.handoffCount,
    calls,
    userdata,
    outcome,
    callerEnd,
    errors,
  };
}

function conversationText(run: RunRecord): string {
  return run.transcript
    .map((l) =>
      l.kind === 'caller'
        ? `Caller: ${l.text}`
        : l.kind === 'agent'
          ? `Agent (${l.agent}): ${l.text}`
          : l.kind === 'tool'
            ? `  [tool] ${l.text}`
            : l.kind === 'handoff'
              ? `  [handoff] ${l.text}`
              : `  [${l.kind}] ${l.text}`,
    )
    .join('\n');
}

async function runJudges(loaded: LoadedScenario, run: RunRecord, model: llm.LLM | undefined): Promise<JudgeOutcome[]> {
  const names = loaded.spec.judges;
  if (names.length === 0) return [];
  if (!model) return names.map((judge) => ({ judge, verdict: 'skipped' as const, reason: JUDGE_SKIPPED }));
  const persona = loaded.spec.caller.persona;
  const input = {
    conversation: conversationText(run),
    goal: persona?.goal ?? loaded.spec.description ?? loaded.spec.name,
    reference: persona && Object.keys(persona.facts).length ? JSON.stringify(persona.facts) : undefined,
  };
  return Promise.all(names.map((name) => judgeByName(name).evaluate(model, input)));
}
