// One WorkflowRuntime per call: it builds voice.Agents from the compiled graph, derives their
// handoff tools from the edges, keeps the call's state (CallState) and emits events.
//
// Public surface: start / attach, buildAgent, createUserData, the call's state (`call`, and the
// read-only shortcuts path, stack, handoffCount, outcome, endRequested, currentAgentId), events,
// workflow, schema, agentSession, operatorQueue. Members tagged internal serve the handoff tools
// (HandoffHost) and agents (AgentHost) and are left out of the published types.
import { llm, log, voice } from '@livekit/agents';
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { WorkflowMcpServers } from '../mcp/workflow_servers.js';
import { CallState, type CallOutcome, type ReturnFrame } from './call_state.js';
import { agentTools } from './agent_tools.js';
import { compileWorkflow, END_CALL_TOOL, OPERATOR_TOOL, RETURN_TOOL, type CompiledWorkflow } from './compile.js';
import type { AgentSpec, AnyZodObject, ModelOverride } from './declaration.js';
import { watchDegradation } from './degradation.js';
import { WorkflowError } from './errors.js';
import type { OperatorQueue } from './escalation/operator_queue.js';
import { SqliteOperatorQueue } from './escalation/operator_queue.js';
import { WorkflowEvents, type ProviderNames } from './events.js';
import type { SipTransferSettings, TransitionRequest } from './handoff_tools.js';
import { carryHistory, historyPolicyText, type ChatItems } from './history.js';
import { InflightTools } from './inflight_tools.js';
import { describeKnownFacts, entryInstruction, renderText } from './text.js';
import { entryTag } from './tool_meta.js';
import { stepTools } from './step_tools.js';
import { writeUserData } from './userdata.js';
import { bindAgent, WorkflowAgent } from './workflow_agent.js';

export type { SipTransferSettings } from './handoff_tools.js';

export interface WorkflowRuntimeOptions {
  sessionId?: string;
  /** Where escalations go when no SIP transfer is configured. */
  operatorQueue?: OperatorQueue;
  /** With these set (and a room), escalations use workflows.WarmTransferTask. */
  sip?: SipTransferSettings;
  /** The providers in use, named in the `session_start` event and the record. */
  providers?: ProviderNames;
}

interface PendingEntry {
  from?: string;
  instruction: string;
  handoffAt?: number;
  /** When the agent was built for the transition (Date.now()). */
  builtAt: number;
}

function resolveModel<T>(value: ModelOverride<T> | undefined): T | string | undefined {
  if (value === undefined) return undefined;
  return typeof value === 'function' ? (value as () => T | string)() : value;
}

// The default is `any` so a runtime of a concrete app (whose userdata callbacks are contravariant)
// is accepted wherever "some workflow runtime" is, e.g. recorders and metrics.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export class WorkflowRuntime<S extends AnyZodObject = any> {
  readonly sessionId: string;
  readonly events: WorkflowEvents;
  readonly workflow: CompiledWorkflow<S>;
  /** Where the call stands: path, return frames, handoff count, outcome. */
  readonly call = new CallState();
  private queue?: OperatorQueue;
  readonly sip?: SipTransferSettings;
  readonly providers?: ProviderNames;
  /** @internal Tool calls in flight (handoffs wait for their siblings). */
  readonly inflight = new InflightTools();
  /** @internal The agents' MCP servers (connected at start, shared per process where safe). */
  readonly mcp: WorkflowMcpServers;
  private session?: voice.AgentSession<z.infer<S>>;
  private readonly pending = new Map<voice.Agent, PendingEntry>();
  /** Tools that move the caller or end the call, as opposed to doing something for them. */
  private readonly transitionTools: Set<string>;
  private awaitingFirstReply?: { from: string; to: string; at: number };
  private readonly steps = new Map<string, Set<string>>();

  constructor(
    workflow: CompiledWorkflow<S> | Parameters<typeof compileWorkflow<S>>[0],
    options: WorkflowRuntimeOptions = {},
  ) {
    this.workflow = 'edgesFrom' in workflow ? workflow : compileWorkflow(workflow);
    this.sessionId = options.sessionId ?? randomUUID();
    this.events = new WorkflowEvents(this.sessionId);
    this.transitionTools = new Set([
      END_CALL_TOOL,
      OPERATOR_TOOL,
      RETURN_TOOL,
      ...this.workflow.edges.map((e) => e.tool),
    ]);
    this.queue = options.operatorQueue ?? this.workflow.spec.operatorQueue;
    this.sip = options.sip;
    this.mcp = new WorkflowMcpServers(this.workflow.agents.values() as never, this.events);
    this.providers = options.providers;
    // Keep the current agent's "Known facts" current: a fact a tool just stored must not be asked again.
    this.events.on('event', (e) => {
      if (e.type === 'userdata_changed') void this.refreshInstructions(e.agent);
      // Work done for the caller is a business tool that succeeded — other than a step that only
      // prepares a later action (see step_tools.ts) — or a specialist handing back a result with no
      // flag set to false (resolved: false says it was not); moving them around is not.
      if (e.type !== 'tool_call' || !e.ok) return;
      const handedBackDone = e.tool === RETURN_TOOL && !Object.values(e.args).includes(false);
      const business = !this.transitionTools.has(e.tool) && !this.isStep(e.agent, e.tool);
      if (handedBackDone || business) this.call.workDone();
    });
  }

  /** A business tool of that agent that only prepares a later action (`AgentSpec.steps`). */
  isStep(agentId: string, tool: string): boolean {
    let steps = this.steps.get(agentId);
    if (!steps) {
      steps = stepTools(this.workflow.agents.get(agentId) ?? {});
      this.steps.set(agentId, steps);
    }
    return steps.has(tool);
  }

  private async refreshInstructions(agentId: string): Promise<void> {
    const agent = this.session?.currentAgent;
    const spec = this.workflow.agents.get(agentId);
    if (!agent || !spec || agent.id !== agentId || !agent._agentActivity) return;
    try {
      await agent.updateInstructions(this.instructionsFor(spec, this.agentSession.userData as z.infer<S>));
    } catch (error) {
      log().child({ component: 'workflow' }).debug({ error }, 'could not refresh instructions');
    }
  }

  /** Agent ids in the order they took the call (`call.path`). */
  get path(): readonly string[] {
    return this.call.path;
  }

  /** Return frames of `call` edges, innermost last (`call.stack`). */
  get stack(): readonly ReturnFrame[] {
    return this.call.stack;
  }

  get handoffCount(): number {
    return this.call.handoffCount;
  }

  get outcome(): CallOutcome {
    return this.call.outcome;
  }

  get endRequested(): boolean {
    return this.call.endRequested;
  }

  /**
   * A transition is under way: an agent was built for it in the last few seconds and has not run
   * its entry turn yet. Text drivers wait for it before the caller's next line.
   */
  get entering(): boolean {
    const recent = Date.now() - 5_000;
    for (const entry of this.pending.values()) if (entry.builtAt > recent) return true;
    return false;
  }

  get currentAgentId(): string | undefined {
    return this.call.currentAgentId;
  }

  /** The escalation queue; the default SQLite file is opened only when a caller is first queued. */
  get operatorQueue(): OperatorQueue {
    this.queue ??= new SqliteOperatorQueue();
    return this.queue;
  }

  get schema(): S {
    return this.workflow.spec.userData;
  }

  /** Fresh userdata with the schema's defaults applied (and validated). */
  createUserData(initial: Partial<z.infer<S>> = {}): z.infer<S> {
    return this.schema.parse(initial) as z.infer<S>;
  }

  get agentSession(): voice.AgentSession<z.infer<S>> {
    if (!this.session)
      throw new WorkflowError(
        'not_started',
        'The workflow is not attached to a session yet: call runtime.start(session) first.',
      );
    return this.session;
  }

  /** Start the session on the workflow's start agent. */
  async start(
    session: voice.AgentSession<z.infer<S>>,
    startOptions: Omit<Parameters<voice.AgentSession['start']>[0], 'agent'> = {},
  ): Promise<void> {
    this.attach(session);
    this.events.emitEvent({
      type: 'session_start',
      workflow: this.workflow.spec.name,
      agent: this.workflow.spec.start,
      providers: this.providers,
    });
    await this.mcp.start();
    const agent = this.buildAgent(this.workflow.spec.start, { chatCtx: llm.ChatContext.empty() });
    await session.start({ ...startOptions, agent });
  }

  /** Listen to the session for handoff gaps; done by start(), public for custom start paths. */
  attach(session: voice.AgentSession<z.infer<S>>): void {
    this.session = session;
    // start() awaits the servers before the first agent; custom start paths get them for later agents.
    void this.mcp.start();
    session.on(voice.AgentSessionEventTypes.Close, () => void this.mcp.close());
    const unwatch = watchDegradation(session as voice.AgentSession, this.events, () => this.currentAgentId);
    session.once(voice.AgentSessionEventTypes.Close, unwatch);
    let lastAgent: voice.Agent | undefined;
    session.on(voice.AgentSessionEventTypes.ConversationItemAdded, (ev) => {
      const item = ev.item;
      if (item.type === 'agent_handoff') this.releaseAbandonedTask(lastAgent, item.newAgentId);
      lastAgent = session.currentAgent;
      if (item.type !== 'message' || item.role !== 'assistant' || !this.awaitingFirstReply) return;
      if (this.currentAgentId !== this.awaitingFirstReply.to) return;
      const { from, to, at } = this.awaitingFirstReply;
      this.awaitingFirstReply = undefined;
      this.events.emitEvent({ type: 'handoff_completed', from, to, gapMs: performance.now() - at });
    });
  }

  // A tool awaiting `task.run()` would wait forever if the call is handed off away from the task
  // (agents-js only settles a task through complete()). Settle it so the waiting tool unwinds.
  private releaseAbandonedTask(previous: voice.Agent | undefined, newAgentId: string): void {
    if (!(previous instanceof voice.AgentTask) || previous.done || previous.id === newAgentId) return;
    const message = `The caller was transferred to ${newAgentId} before ${previous.id} finished.`;
    try {
      previous.complete(new llm.ToolError(message));
    } catch {
      // Already completed concurrently.
    }
    // The tool that awaited the task sits in an agent that is no longer current; release it so the
    // old activity can close (agents-js would otherwise wait on it forever).
    this.inflight.abandonAllExcept(newAgentId, () => new llm.ToolError(message));
  }

  /** Build a voice.Agent for `agentId` with its tools, instructions and history. */
  buildAgent(
    agentId: string,
    opts: { chatCtx: ChatItems; from?: string; entryNote?: string; isReturn?: boolean },
  ): voice.Agent<z.infer<S>> {
    const spec = this.workflow.agents.get(agentId);
    if (!spec) throw new WorkflowError('unknown_agent', `Unknown agent "${agentId}".`);
    const userData = (this.session?.userData ?? this.createUserData()) as z.infer<S>;
    const tools = agentTools(this, spec);
    const AgentClass = spec.agentClass ?? WorkflowAgent;
    const agent = new AgentClass({
      id: spec.id,
      instructions: this.instructionsFor(spec, userData),
      chatCtx: opts.chatCtx instanceof llm.ChatContext ? opts.chatCtx : new llm.ChatContext([...opts.chatCtx.items]),
      tools,
      stt: resolveModel(spec.stt) as never,
      llm: resolveModel(spec.llm) as never,
      tts: resolveModel(spec.tts) as never,
    });
    if (!(agent instanceof WorkflowAgent)) {
      throw new WorkflowError(
        'invalid_agent_class',
        `agentClass of "${agentId}" must extend WorkflowAgent so the workflow can run its entry turn.`,
      );
    }
    bindAgent(agent, this, agentId);
    const onEnter = entryInstruction(() => renderText(spec.onEnter, userData), opts);
    this.pending.set(agent, {
      builtAt: Date.now(),
      from: opts.from,
      instruction: `${entryTag(agentId, opts.from, opts.isReturn)}\n${onEnter}`.trim(),
    });
    return agent as voice.Agent<z.infer<S>>;
  }

  private instructionsFor(spec: AgentSpec<z.infer<S>>, userData: z.infer<S>): string {
    const facts = describeKnownFacts(userData as Record<string, unknown>);
    const frame = this.call.stack.at(-1);
    const back =
      frame && this.workflow.callable.has(spec.id)
        ? `\nWhen you have finished, hand the caller back to the ${frame.agent} agent with your result.`
        : '';
    return [renderText(spec.instructions, userData), facts, back].filter(Boolean).join('\n\n');
  }

  /** @internal Called from WorkflowAgent.onEnter: record the entry and run the agent's first turn. */
  async onAgentEntered(agent: voice.Agent, agentId: string): Promise<void> {
    const entry = this.pending.get(agent);
    this.pending.delete(agent);
    this.call.entered(agentId);
    this.events.emitEvent({ type: 'agent_entered', agent: agentId, from: entry?.from });
    agent.session.generateReply({ instructions: entry?.instruction ?? entryTag(agentId) });
  }

  /** @internal Decide whether a handoff may go ahead; returns the loop reason when it must not. */
  loopReason(from: string, to: string): string | undefined {
    return this.call.loopReason(from, to, this.workflow.policies);
  }

  /** @internal The agent escalations go to (loop protection sends the caller there). */
  get escalationAgent(): string | undefined {
    return this.workflow.spec.escalation?.agent;
  }

  /** @internal */
  get summaryTimeoutMs(): number {
    return this.workflow.policies.summaryTimeoutMs;
  }

  /** @internal The call's userdata, live. */
  userData(): Record<string, unknown> {
    return this.agentSession.userData as Record<string, unknown>;
  }

  /** @internal The whole call's history, across agents. */
  callHistory(): llm.ChatContext {
    return this.agentSession.history;
  }

  /** @internal The current agent's chat. */
  currentChat(): ChatItems {
    return this.agentSession.currentAgent.chatCtx;
  }

  /** @internal Validated userdata writes of handoff arguments and return results (see writeUserData). */
  writeUserData(values: Record<string, unknown>, options: { strict: boolean }): void {
    writeUserData(this.schema, this.workflow.spec.protectedFields ?? [], this.userData(), values, options);
  }

  /** @internal Build the next agent for a transition and record everything about it. */
  async transition(params: TransitionRequest): Promise<voice.Agent> {
    const { chatCtx } = await carryHistory(params.sourceChat, {
      policy: params.history,
      summarizer: this.summaryModel(),
      summaryTimeoutMs: this.workflow.policies.summaryTimeoutMs,
    });
    const lastCarried = chatCtx.items.at(-1);
    const alreadyCarried =
      lastCarried?.type === 'message' && lastCarried.textContent?.trim() === params.transitionLine?.trim();
    if (params.transitionLine && params.history.keep !== 'none' && !alreadyCarried)
      chatCtx.addMessage({ role: 'assistant', content: params.transitionLine });
    // Before the next agent is built: its instructions mention the frame it may return to.
    this.call.transitioned(params.from, params.mode);
    const next = this.buildAgent(params.to, {
      chatCtx,
      from: params.from,
      entryNote: params.entryNote,
      isReturn: params.mode === 'return',
    });
    const userData = structuredClone(this.agentSession.userData) as Record<string, unknown>;
    if (params.mode === 'return') {
      this.events.emitEvent({ type: 'return', from: params.from, to: params.to, result: params.args });
    } else {
      this.events.emitEvent({
        type: 'handoff',
        from: params.from,
        to: params.to,
        tool: params.tool,
        reason: params.reason,
        args: params.args,
        history: historyPolicyText(params.history),
        mode: params.mode,
        userData,
        durationMs: performance.now() - params.startedAt,
      });
    }
    // The gap runs from the handoff tool's start, so it includes any summary the caller waited for.
    this.awaitingFirstReply = { from: params.from, to: params.to, at: params.startedAt };
    return next;
  }

  /**
   * The model that may summarise history for the next agent. A fallback chain names its own
   * (a summary must never run on the session's model instance: its failures would count as
   * session errors); a plain session LLM is used as is; the offline policy declines.
   * @internal
   */
  summaryModel(): llm.LLM | undefined {
    const model = this.session?.llm as (llm.LLM & { summaryModel?: () => llm.LLM | undefined }) | string | undefined;
    if (!(model instanceof llm.LLM)) return undefined;
    return typeof model.summaryModel === 'function' ? model.summaryModel() : model;
  }

  /** @internal True when this session runs in a LiveKit room (SIP transfer needs one). */
  hasRoom(): boolean {
    return this.session?._roomIO !== undefined;
  }

  /** @internal Store the escalation in the userdata fields the app named for it. */
  recordEscalation(reason: string, ticketId?: string): void {
    const record = this.workflow.spec.escalation?.record;
    const userData = this.userData();
    if (record?.reason) userData[record.reason] = reason;
    if (record?.ticketId && ticketId) userData[record.ticketId] = ticketId;
    this.call.setOutcome('escalated');
  }

  /** @internal End the call once the goodbye has been spoken (the agent goes back to listening). */
  requestEnd(agentId: string): void {
    if (!this.call.requestEnd()) return;
    this.events.emitEvent({ type: 'call_ended', agent: agentId, outcome: this.call.outcome });
    const session = this.agentSession;
    const onState = (ev: voice.AgentStateChangedEvent) => {
      if (ev.oldState === 'speaking' && ev.newState !== 'speaking') {
        session.off(voice.AgentSessionEventTypes.AgentStateChanged, onState);
        session.shutdown({ drain: true });
      }
    };
    session.on(voice.AgentSessionEventTypes.AgentStateChanged, onState);
  }

  /** @internal Say a transition line without awaiting it: the old activity drains it before the switch. */
  speak(text: string): void {
    if (!text) return;
    try {
      this.agentSession.say(text);
    } catch (error) {
      log().child({ component: 'workflow' }).warn({ error }, 'could not speak the transition message');
    }
  }
}
