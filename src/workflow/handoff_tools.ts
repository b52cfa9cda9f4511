// Tools derived from the graph: handoff edges, return-to-caller, end call and operator transfer.
// All are llm.tool + llm.handoff, wrapped like business tools so they emit the same events.
// They reach the call only through HandoffHost, which the runtime implements.
import { llm, workflows, type voice } from '@livekit/agents';
import { z } from 'zod';
import type { CallState } from './call_state.js';
import type { CompiledEdge } from './compile.js';
import { RUNTIME_DIRECTIVES } from './directives.js';
import { firstRefusal } from './guards.js';
import { END_CALL_TOOL, OPERATOR_TOOL, RETURN_TOOL } from './compile.js';
import type { AnyFunctionTool, AnyZodObject, HistoryPolicy, TransitionMode } from './declaration.js';
import type { OperatorQueue } from './escalation/operator_queue.js';
import type { WorkflowEvents } from './events.js';
import { dialogueMessages, summarize, type ChatItems } from './history.js';
import type { InflightTools } from './inflight_tools.js';
import { callerNote, renderText } from './text.js';
import { wrapTool, type WrapContext } from './tool_wrap.js';
import type { TargetScope } from './tool_meta.js';

export interface SipTransferSettings {
  /** Phone number or SIP URI of the human operator desk. */
  sipCallTo: string;
  sipTrunkId?: string;
}

/** One move of the caller to another agent, as a handoff tool asks the runtime to make it. */
export interface TransitionRequest {
  from: string;
  to: string;
  tool: string;
  history: HistoryPolicy;
  reason: string;
  args: Record<string, unknown>;
  mode: TransitionMode;
  /** The chat the history policy is applied to (the current agent's). */
  sourceChat: ChatItems;
  /** The line the previous agent says on the way out; the next agent should know it was said. */
  transitionLine?: string;
  /** What the next agent is told on entry (a return's typed result). */
  entryNote?: string;
  /** performance.now() when the tool started: the handoff's duration and gap run from here. */
  startedAt: number;
}

/** What the handoff tools need from the call they run in: the runtime implements it. */
export interface HandoffHost {
  readonly sessionId: string;
  readonly events: WorkflowEvents;
  readonly call: CallState;
  readonly inflight: InflightTools;
  readonly sip?: SipTransferSettings;
  readonly operatorQueue: OperatorQueue;
  /** The agent escalations go to, when the workflow declares escalation. */
  readonly escalationAgent: string | undefined;
  readonly summaryTimeoutMs: number;
  /** The call's userdata (live: writes go to the session). */
  userData(): Record<string, unknown>;
  /** The whole call's history, across agents. */
  callHistory(): llm.ChatContext;
  /** The current agent's chat. */
  currentChat(): ChatItems;
  loopReason(from: string, to: string): string | undefined;
  writeUserData(values: Record<string, unknown>, options: { strict: boolean }): void;
  transition(request: TransitionRequest): Promise<voice.Agent>;
  speak(text: string): void;
  requestEnd(agentId: string): void;
  recordEscalation(reason: string, ticketId?: string): void;
  summaryModel(): llm.LLM | undefined;
  hasRoom(): boolean;
}

const reasonField = z.string().describe('One short sentence: why you are taking this step.').optional();

export function createEdgeTool(
  runtime: HandoffHost,
  edge: CompiledEdge<unknown>,
  ctx: WrapContext<unknown>,
  targetScope?: TargetScope,
): AnyFunctionTool {
  const carries = edge.carries ?? z.object({});
  const parameters = (carries as AnyZodObject).extend({ reason: reasonField });
  const description =
    edge.mode === 'escalation'
      ? `Escalate to a human operator. ${edge.when}`
      : `Transfer the caller to the ${edge.to} agent. Use when: ${edge.when}`;
  return wrapTool(
    edge.tool,
    { description, parameters },
    async (rawArgs, opts) => {
      const startedAt = performance.now();
      const { reason, ...args } = rawArgs as Record<string, unknown> & { reason?: string };
      let to = edge.to;
      let mode: TransitionMode = edge.mode;
      let why = reason === undefined ? edge.when : callerNote(reason, 300);
      const loop = runtime.loopReason(edge.from, to);
      if (loop) {
        const escalationAgent = runtime.escalationAgent;
        runtime.events.emitEvent({
          type: 'loop_detected',
          agent: edge.from,
          path: [...runtime.call.path, to],
          reason: loop,
        });
        if (!escalationAgent || escalationAgent === edge.from || escalationAgent === to) {
          runtime.events.emitEvent({ type: 'handoff_failed', from: edge.from, to, tool: edge.tool, reason: loop });
          throw new llm.ToolError(
            `This call has been transferred too often (${loop}). Do not transfer again: help the caller here, or offer a callback.`,
          );
        }
        to = escalationAgent;
        mode = 'loop_escalation';
        why = `Loop protection: ${loop}.`;
      }
      // Handoff arguments land in userdata only after they validate as userdata fields.
      runtime.writeUserData(args, { strict: true });
      runtime.writeUserData((edge.sets ?? {}) as Record<string, unknown>, { strict: true });
      const userData = runtime.userData();
      const say =
        mode === 'loop_escalation'
          ? 'I am sorry we keep going back and forth. Let me bring in a colleague who can sort this out.'
          : renderText(edge.say, userData as never, args);
      const history: HistoryPolicy = mode === 'loop_escalation' ? { keep: 'summary' } : edge.history;
      // A summary takes a model round trip: the caller hears the transition line before it starts.
      // Otherwise the line is said as the tool returns (a caller talking over it cannot then cancel
      // the handoff mid-tool).
      const summarising = history.keep === 'summary';
      if (summarising) runtime.speak(say);
      const next = await runtime.transition({
        from: edge.from,
        to,
        tool: edge.tool,
        history,
        reason: why,
        args,
        mode,
        sourceChat: runtime.currentChat(),
        transitionLine: say,
        startedAt,
      });
      await runtime.inflight.waitForOthers(opts.ctx.speechHandle?.id ?? 'none', ctx.timeoutMs);
      if (!summarising) runtime.speak(say);
      // No `returns`: a tool output would make agents-js ask the old agent for one more reply (an
      // extra LLM round trip and an extra line). The caller hears: transition line → next agent.
      return llm.handoff({ agent: next });
    },
    ctx,
    {
      kind: edge.mode,
      target: edge.to,
      examples: edge.examples,
      ready: edge.requires.length > 0 ? () => guardsPass(runtime, edge) : undefined,
      targetScope,
    },
  );
}

/** The edge's guards on the call's userdata now; true when there is no call to read yet. */
function guardsPass(runtime: HandoffHost, edge: CompiledEdge<unknown>): boolean {
  let userData: Record<string, unknown>;
  try {
    userData = runtime.userData();
  } catch {
    return true;
  }
  return firstRefusal(edge.requires, userData as never) === undefined;
}

export function createReturnTool(
  runtime: HandoffHost,
  agentId: string,
  result: AnyZodObject,
  ctx: WrapContext<unknown>,
  examples: string[],
  targetScope?: TargetScope,
): AnyFunctionTool {
  return wrapTool(
    RETURN_TOOL,
    {
      description:
        'Hand the caller back to the agent that transferred them to you, with the result of your work. Use when your part is done.',
      parameters: result,
    },
    async (args, opts) => {
      const startedAt = performance.now();
      await runtime.inflight.waitForOthers(opts.ctx.speechHandle?.id ?? 'none', ctx.timeoutMs);
      const frame = runtime.call.popReturn();
      if (!frame) throw new llm.ToolError('There is no previous agent to return to. Carry on helping the caller here.');
      // Result fields that name userdata fields are stored; protected ones never are.
      runtime.writeUserData(args, { strict: false });
      const note = `Result: ${JSON.stringify(args)}.`;
      const next = await runtime.transition({
        from: agentId,
        to: frame.agent,
        tool: RETURN_TOOL,
        history: { keep: 'all' },
        reason: 'returned with a result',
        args,
        mode: 'return',
        sourceChat: runtime.currentChat(),
        entryNote: note,
        startedAt,
      });
      return llm.handoff({ agent: next });
    },
    ctx,
    { kind: 'return', examples, targetScope },
  );
}

export function createEndCallTool(
  runtime: HandoffHost,
  agentId: string,
  ctx: WrapContext<unknown>,
  examples: string[],
): AnyFunctionTool {
  return wrapTool(
    END_CALL_TOOL,
    {
      description:
        'End the call. Use only when the caller clearly says they are done (for example "that is all, bye"). Say a short goodbye in the same turn.',
      parameters: z.object({}),
    },
    async () => {
      runtime.requestEnd(agentId);
      return RUNTIME_DIRECTIVES.endCall.text;
    },
    ctx,
    { kind: 'end_call', examples },
  );
}

export function createOperatorTool(
  runtime: HandoffHost,
  agentId: string,
  ctx: WrapContext<unknown>,
  examples: string[],
): AnyFunctionTool {
  return wrapTool(
    OPERATOR_TOOL,
    {
      description:
        'Bring a human operator into the call (or queue the caller for one). Use once you have confirmed the caller wants a human.',
      parameters: z.object({ reason: z.string().describe('Why a human is needed, in one sentence.').optional() }),
    },
    async (args, opts) => {
      const reason = callerNote((args.reason as string | undefined) ?? 'The caller asked for a human operator.', 300);
      const userData = structuredClone(runtime.userData());
      const messages = dialogueMessages(runtime.callHistory());
      if (runtime.sip && runtime.hasRoom()) {
        try {
          const task = new workflows.WarmTransferTask({
            sipCallTo: runtime.sip.sipCallTo,
            sipTrunkId: runtime.sip.sipTrunkId,
            chatCtx: runtime.callHistory().copy({ excludeInstructions: true, excludeFunctionCall: true }),
            abortSignal: opts.abortSignal,
          });
          const result = await task.run();
          runtime.events.emitEvent({
            type: 'escalation',
            from: agentId,
            reason,
            channel: 'warm_transfer',
            ok: true,
            detail: result.humanAgentIdentity,
          });
          runtime.recordEscalation(reason);
          return 'A human operator has joined the call. Introduce them briefly and step back.';
        } catch (error) {
          runtime.events.emitEvent({
            type: 'escalation',
            from: agentId,
            reason,
            channel: 'warm_transfer',
            ok: false,
            detail: String((error as Error)?.message ?? error),
          });
          // Fall through to the queue: the caller must never be left with nothing.
        }
      }
      const summary = await summarize(messages, runtime.summaryModel(), runtime.summaryTimeoutMs);
      const { ticket, position, existing } = await runtime.operatorQueue.enqueue({
        sessionId: runtime.sessionId,
        reason,
        summary,
        userData,
      });
      // Already queued in this call: tell the caller where they stand, never queue them twice.
      if (existing)
        return `The caller is already queued for a human operator as ticket ${ticket.id} (now position ${position}). Do not queue them again: tell them their ticket number and position, and that an operator will call back.`;
      runtime.recordEscalation(reason, ticket.id);
      runtime.events.emitEvent({
        type: 'escalation',
        from: agentId,
        reason,
        channel: 'operator_queue',
        ticketId: ticket.id,
        ok: true,
      });
      return `The caller is queued for a human operator as ticket ${ticket.id} (position ${position}). Tell them the ticket number, that an operator will call back on the details they gave, and that nothing they said is lost.`;
    },
    ctx,
    { kind: 'operator', examples },
  );
}
