// One text-only call on any workflow, scripted turn by turn: no model, no network, no room. The
// call owns an in-memory operator queue and a recording WorkflowFakeLLM, runs caller turns through
// the framework's session.run (so result.expect works as usual), and offers the assertions tests
// of workflows need.
import { llm, voice } from '@livekit/agents';
import type { z } from 'zod';
import {
  attachRecorder,
  SqliteRecordStore,
  type AttachRecorderOptions,
  type Recorder,
  type RecordStore,
  type SessionDetail,
} from '../observability/index.js';
import {
  SqliteOperatorQueue,
  WorkflowRuntime,
  type CompiledWorkflow,
  type OperatorQueue,
  type WorkflowEvent,
  type WorkflowRuntimeOptions,
  type WorkflowSpec,
} from '../workflow/index.js';
import { expectNoInternalText, fail, matchesPartially, showValue } from './call_assertions.js';
import type { ToolStep } from './script.js';
import { WorkflowFakeLLM, type ScriptedTurn } from './workflow_fake_llm.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any workflow's userdata schema
export type AnySchema = z.ZodObject<any>;
type HandoffEvent = Extract<WorkflowEvent, { type: 'handoff' }>;

export interface StartCallOptions<S extends AnySchema = AnySchema> {
  /** Start with this agent instead of the workflow's start agent (a call already under way). */
  at?: string;
  /** Initial userdata (the schema's defaults fill the rest). */
  userData?: Partial<z.infer<S>>;
  /** Where escalations queue callers; a fresh in-memory SQLite queue by default (closed with the call). */
  operatorQueue?: OperatorQueue;
  /** Other runtime options (session id, SIP settings, providers). */
  runtime?: Omit<WorkflowRuntimeOptions, 'operatorQueue'>;
  /**
   * Record the call as a worker would (session, events, transcript): `true` records into a fresh
   * in-memory SQLite record store, or pass the store and recorder options. Read it with `call.record()`.
   */
  record?:
    boolean | ({ store?: RecordStore } & Omit<AttachRecorderOptions<z.infer<S>>, 'runtime' | 'session' | 'store'>);
  /** A scripted model of your own (the `script` argument is then not used); default: a WorkflowFakeLLM on the script. */
  llm?: WorkflowFakeLLM;
  /**
   * Runs after the runtime and session exist and before the session starts: attach recorders,
   * metrics or tracing here so they see the call from its first event.
   */
  beforeStart?: (call: {
    runtime: WorkflowRuntime<S>;
    session: voice.AgentSession<z.infer<S>>;
  }) => void | Promise<void>;
}

/** What a tool answered inside a `use(step)` turn. */
export interface ToolAnswer {
  /** The tool's output as the caller-facing text (the framework's JSON encoding of strings undone). */
  output: string;
  isError: boolean;
  result: voice.testing.RunResult;
}

/** The framework JSON-encodes what a tool returns; errors arrive as plain text. */
function plain(output: string): string {
  try {
    const value: unknown = JSON.parse(output);
    return typeof value === 'string' ? value : output;
  } catch {
    return output;
  }
}

function firstAssistantMessage(session: voice.AgentSession): Promise<string> {
  return new Promise((resolve) => {
    const onItem = (ev: voice.ConversationItemAddedEvent) => {
      if (ev.item.type === 'message' && ev.item.role === 'assistant') {
        session.off(voice.AgentSessionEventTypes.ConversationItemAdded, onItem);
        resolve(ev.item.textContent ?? '');
      }
    };
    session.on(voice.AgentSessionEventTypes.ConversationItemAdded, onItem);
  });
}

/**
 * A call under test. Drive it with `say(text)` (one caller turn, resolving with the framework's
 * RunResult) or `use(step)`; read it with `agent`, `userData`, `tools()`, `context()`, `spoken()`
 * and `llm.requests`; check it with the `expect…` methods, which throw an AssertionError that says
 * what the call did instead.
 */
// The default is `any` so "some call" accepts a call on any concrete workflow (userdata callbacks
// are contravariant), as WorkflowRuntime's default does.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export class TestCall<S extends AnySchema = any> {
  /** What the start agent said in its entry turn, when the script gave it a spoken entry reply. */
  greeting?: string;
  /** The record store and recorder, when the call was started with `record`. */
  records?: { store: RecordStore; recorder: Recorder; ownsStore: boolean };

  constructor(
    readonly runtime: WorkflowRuntime<S>,
    readonly session: voice.AgentSession<z.infer<S>>,
    /** The scripted model; `llm.requests` holds what every request contained. */
    readonly llm: WorkflowFakeLLM,
    readonly operatorQueue: OperatorQueue,
    private readonly ownsQueue: boolean,
  ) {}

  /** One caller turn: resolves when the agents are done answering it. */
  say(text: string): Promise<voice.testing.RunResult> {
    return this.session.run({ userInput: text }).wait();
  }

  /**
   * The caller says each line in turn; returns what the agent said last after each. A capture
   * task's question or read-back can land just after the turn resolves (and a scripted model may
   * say nothing after the tool), so each line waits up to `waitMs` for something new to be said.
   */
  async sayEach(lines: readonly string[], waitMs = 1500): Promise<string[]> {
    const heard: string[] = [];
    for (const line of lines) {
      const before = this.spoken().length;
      await this.say(line);
      for (let waited = 0; this.spoken().length === before && waited < waitMs; waited += 50)
        await new Promise((resolve) => setTimeout(resolve, 50));
      heard.push(this.spoken().at(-1) ?? '');
    }
    return heard;
  }

  /** Run a `step` turn, check the model called its tool, and return what the tool answered. */
  async use(turn: ToolStep): Promise<ToolAnswer> {
    const result = await this.say(turn.input);
    result.expect.nextEvent().isFunctionCall({ name: turn.tool });
    const { item } = result.expect.nextEvent().isFunctionCallOutput().event();
    if (item.name !== turn.tool)
      fail(`expected the output of ${turn.tool}, got the output of ${item.name}`, item.name, turn.tool);
    return { output: plain(item.output), isError: item.isError, result };
  }

  /** The agent that has the call. */
  get agent(): string {
    return this.session.currentAgent.id;
  }

  /** The call's shared userdata (live: tools and handoffs change it). */
  get userData(): z.infer<S> {
    return this.session.userData;
  }

  /** Tool names the current agent can call, sorted. */
  tools(): string[] {
    return Object.keys(this.session.currentAgent.toolCtx.functionTools).sort();
  }

  /** The instructions the current agent runs with (role, known facts, policies). */
  instructions(): string {
    const i = this.session.currentAgent.instructions;
    return typeof i === 'string' ? i : String(i);
  }

  /** The current agent's dialogue (no system prompt), as "role: text". */
  context(): string[] {
    return this.session.currentAgent.chatCtx.items
      .filter((i): i is llm.ChatMessage => i.type === 'message' && (i.role === 'user' || i.role === 'assistant'))
      .map((m) => `${m.role}: ${m.textContent ?? ''}`);
  }

  /** Everything the agents said to the caller, in order (handoff announcements included). */
  spoken(): string[] {
    return this.session.history.items
      .filter((i): i is llm.ChatMessage => i.type === 'message' && i.role === 'assistant')
      .map((m) => m.textContent ?? '');
  }

  /** Every handoff so far (escalations and returns' onward handoffs included), oldest first. */
  handoffs(): HandoffEvent[] {
    return this.runtime.events.history.filter((e): e is HandoffEvent => e.type === 'handoff');
  }

  /** Every tool the agents called (workflow tools and business tools), with parsed arguments. */
  toolCalls(): { name: string; args: Record<string, unknown> }[] {
    return this.session.history.items
      .filter((i): i is llm.FunctionCall => i.type === 'function_call')
      .map((c) => ({ name: c.name, args: JSON.parse(c.args || '{}') as Record<string, unknown> }));
  }

  /** The call is with `agent`. */
  expectAgent(agent: string): this {
    if (this.agent !== agent) fail(`expected ${agent} to have the call, but ${this.agent} has it`, this.agent, agent);
    return this;
  }

  /**
   * A handoff from `from` (any agent if omitted) to `to` happened; with `reason`, its reason
   * contains that text (or matches the RegExp); with `args`, its arguments include those values.
   * Returns the handoff event.
   */
  expectHandoff(expected: {
    from?: string;
    to: string;
    reason?: string | RegExp;
    tool?: string;
    args?: Record<string, unknown>;
  }): HandoffEvent {
    const all = this.handoffs();
    const found = all.find(
      (h) =>
        h.to === expected.to &&
        (expected.from === undefined || h.from === expected.from) &&
        (expected.tool === undefined || h.tool === expected.tool) &&
        (expected.reason === undefined ||
          (typeof expected.reason === 'string'
            ? h.reason.includes(expected.reason)
            : expected.reason.test(h.reason))) &&
        (expected.args === undefined || matchesPartially(h.args, expected.args)),
    );
    if (!found) {
      const seen = all.map((h) => ({ from: h.from, to: h.to, tool: h.tool, reason: h.reason, args: h.args }));
      fail(`expected a handoff ${showValue(expected)}; the handoffs were ${showValue(seen)}`, seen, expected);
    }
    return found;
  }

  /** No handoff happened (the caller stayed with the agent that had the call). */
  expectNoHandoff(): this {
    const all = this.handoffs();
    if (all.length > 0) fail(`expected no handoff, got ${all.map((h) => `${h.from} → ${h.to}`).join(', ')}`, all, []);
    return this;
  }

  /** `name` was called, and when `args` is given, with arguments that include those values. */
  expectToolCalled(name: string, args?: Record<string, unknown>): this {
    const calls = this.toolCalls();
    if (!calls.some((c) => c.name === name && (args === undefined || matchesPartially(c.args, args)))) {
      fail(
        `expected ${name} to be called${args ? ` with ${showValue(args)}` : ''}; the calls were ${showValue(calls)}`,
        calls,
        { name, args },
      );
    }
    return this;
  }

  /** `name` was never called. */
  expectToolNotCalled(name: string): this {
    const calls = this.toolCalls().filter((c) => c.name === name);
    if (calls.length > 0)
      fail(`expected ${name} not to be called, it was called with ${showValue(calls.map((c) => c.args))}`, calls, []);
    return this;
  }

  /** The userdata includes these values (other fields may be anything). */
  expectUserData(expected: Partial<z.infer<S>>): this {
    if (!matchesPartially(this.userData, expected)) {
      fail(
        `expected userdata to include ${showValue(expected)}, it is ${showValue(this.userData)}`,
        this.userData,
        expected,
      );
    }
    return this;
  }

  /** Something said to the caller contains `text` (or matches the RegExp). */
  expectSpoken(text: string | RegExp): this {
    const spoken = this.spoken();
    const hit = spoken.some((s) => (typeof text === 'string' ? s.includes(text) : text.test(s)));
    if (!hit)
      fail(
        `expected the agents to say ${showValue(String(text))}; they said ${showValue(spoken)}`,
        spoken,
        String(text),
      );
    return this;
  }

  /** Nothing said to the caller contains `text` (or matches the RegExp). */
  expectNotSpoken(text: string | RegExp): this {
    const said = this.spoken().filter((s) => (typeof text === 'string' ? s.includes(text) : text.test(s)));
    if (said.length > 0)
      fail(`expected the agents never to say ${showValue(String(text))}; they said ${showValue(said)}`, said, []);
    return this;
  }

  /**
   * Nothing said to the caller reads out internals: tool names the model was offered, entry tags,
   * script keys, JSON, instructions' "Known facts", error class names or stack traces.
   */
  expectNothingInternalSpoken(): this {
    const toolNames = new Set(this.llm.requests.flatMap((r) => r.tools));
    expectNoInternalText(this.spoken(), toolNames);
    return this;
  }

  /** The call's session record as the store holds it now (everything recorded so far is flushed first). */
  async record(): Promise<SessionDetail> {
    if (!this.records)
      throw new Error('This call is not recorded: start it with startCall(workflow, script, { record: true }).');
    await this.records.recorder.flush();
    const detail = await this.records.store.getSession(this.runtime.sessionId);
    if (!detail) throw new Error(`The record store has no session ${this.runtime.sessionId}.`);
    return detail;
  }

  /** Close the session, then the queue and record store the call opened (a recording is finished first). */
  async close(): Promise<void> {
    await this.session.close();
    if (this.ownsQueue) (this.operatorQueue as SqliteOperatorQueue).close();
    if (this.records) {
      await this.records.recorder.closed;
      if (this.records.ownsStore) {
        await this.records.store.close();
        // Closed stores cannot be read: keep close() idempotent and record() failing clearly.
        this.records.ownsStore = false;
      }
    }
  }
}

/**
 * Start a text-only call on `workflow` with a scripted model (see `onEnter`, `onReturn`,
 * `onCaller`, `afterTool`, `afterError`, `step`). When the script has a spoken entry turn for the
 * first agent, resolves after that greeting (in `call.greeting`), so the first caller turn never
 * races it.
 *
 *   const call = await startCall(supportWorkflow(), [onEnter('greeting', { content: 'Hi!' }), step('end_call')]);
 *   await call.use(step('end_call'));
 */
export async function startCall<S extends AnySchema>(
  workflow: WorkflowSpec<S> | CompiledWorkflow<S>,
  script: ScriptedTurn[] = [],
  options: StartCallOptions<S> = {},
): Promise<TestCall<S>> {
  type UD = z.infer<S>;
  const ownsQueue = options.operatorQueue === undefined;
  const operatorQueue = options.operatorQueue ?? new SqliteOperatorQueue(':memory:');
  const runtime = new WorkflowRuntime<S>(workflow, { ...options.runtime, operatorQueue });
  const fake = options.llm ?? new WorkflowFakeLLM(script);
  const session = new voice.AgentSession<UD>({ llm: fake, userData: runtime.createUserData(options.userData) });
  const call = new TestCall<S>(runtime, session, fake, operatorQueue, ownsQueue);
  try {
    if (options.record) {
      const { store, ...recorderOptions } = options.record === true ? {} : options.record;
      const records = { store: store ?? SqliteRecordStore.open(':memory:'), ownsStore: store === undefined };
      const recorder = attachRecorder({ ...recorderOptions, runtime, session, store: records.store });
      call.records = { ...records, recorder };
    }
    await options.beforeStart?.({ runtime, session });
    const first = options.at ?? runtime.workflow.spec.start;
    const greets = Boolean(fake.lookup(`instructions:enter:${first}`)?.content);
    const greeting = greets ? firstAssistantMessage(session as voice.AgentSession) : undefined;
    if (options.at) {
      runtime.attach(session);
      await session.start({ agent: runtime.buildAgent(options.at, { chatCtx: llm.ChatContext.empty() }) });
    } else {
      await runtime.start(session);
    }
    call.greeting = await greeting;
  } catch (error) {
    await call.close().catch(() => undefined);
    throw error;
  }
  return call;
}
