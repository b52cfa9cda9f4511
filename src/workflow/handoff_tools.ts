// Tools derived from the graph: handoff edges, return-to-caller, end call and operator transfer.
// All are llm.tool + llm.handoff, wrapped like business tools so they emit the same events.
import { llm, workflows } from '@livekit/agents';
import { z } from 'zod';
import type { AnyFunctionTool, AnyZodObject } from './declaration.js';
import { dialogueMessages, summarize } from './history.js';
import type { CompiledEdge } from './compile.js';
import { END_CALL_TOOL, OPERATOR_TOOL, RETURN_TOOL } from './compile.js';
import type { WorkflowRuntime } from './runtime.js';
import { callerNote, renderText } from './text.js';
import { wrapTool, type WrapContext } from './tool_wrap.js';

const reasonField = z.string().describe('One short sentence: why you are taking this step.').optional();

function currentChat(runtime: WorkflowRuntime) {
  return runtime.agentSession.currentAgent.chatCtx;
}

export function createEdgeTool(
  runtime: WorkflowRuntime,
  edge: CompiledEdge<unknown>,
  ctx: WrapContext<unknown>,
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
      let mode: 'handoff' | 'call' | 'escalation' | 'loop_escalation' = edge.mode;
      let why = reason === undefined ? edge.when : callerNote(reason, 300);
      const loop = runtime.loopReason(edge.from, to);
      if (loop) {
        const esc = runtime.workflow.spec.escalation;
        runtime.events.emitEvent({
          type: 'loop_detected',
          agent: edge.from,
          path: [...runtime.path, to],
          reason: loop,
        });
        if (!esc || esc.agent === edge.from || esc.agent === to) {
          runtime.events.emitEvent({ type: 'handoff_failed', from: edge.from, to, tool: edge.tool, reason: loop });
          throw new llm.ToolError(
            `This call has been transferred too often (${loop}). Do not transfer again: help the caller here, or offer a callback.`,
          );
        }
        to = esc.agent;
        mode = 'loop_escalation';
        why = `Loop protection: ${loop}.`;
      }
      // Handoff arguments land in userdata only after they validate as userdata fields.
      runtime.writeUserData(args, { strict: true });
      runtime.writeUserData((edge.sets ?? {}) as Record<string, unknown>, { strict: true });
      const userData = runtime.agentSession.userData as Record<string, unknown>;
      const say =
        mode === 'loop_escalation'
          ? 'I am sorry we keep going back and forth. Let me bring in a colleague who can sort this out.'
          : renderText(edge.say, userData as never, args);
      const history = mode === 'loop_escalation' ? 'summary' : edge.history;
      // A summary takes a model round trip: the caller hears the transition line before it starts.
      // Otherwise the line is said as the tool returns (a caller talking over it cannot then cancel
      // the handoff mid-tool).
      const summarising = history === 'summary';
      if (summarising) runtime.speak(say);
      const next = await runtime.transition({
        from: edge.from,
        to,
        tool: edge.tool,
        history,
        reason: why,
        args,
        mode,
        sourceChat: currentChat(runtime),
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
      kind: edge.mode === 'escalation' ? 'escalation' : edge.mode === 'call' ? 'call' : 'handoff',
      target: edge.to,
      examples: edge.examples,
    },
  );
}

export function createReturnTool(
  runtime: WorkflowRuntime,
  agentId: string,
  result: AnyZodObject,
  ctx: WrapContext<unknown>,
  examples: string[],
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
      const frame = runtime.stack.pop();
      if (!frame) throw new llm.ToolError('There is no previous agent to return to. Carry on helping the caller here.');
      // Result fields that name userdata fields are stored; protected ones never are.
      runtime.writeUserData(args, { strict: false });
      const note = `Result: ${JSON.stringify(args)}.`;
      const next = await runtime.transition({
        from: agentId,
        to: frame.agent,
        tool: RETURN_TOOL,
        history: 'full',
        reason: 'returned with a result',
        args,
        mode: 'return',
        sourceChat: currentChat(runtime),
        entryNote: note,
        startedAt,
      });
      return llm.handoff({ agent: next });
    },
    ctx,
    { kind: 'return', examples },
  );
}

export function createEndCallTool(
  runtime: WorkflowRuntime,
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
      return 'The call will end after your goodbye. Say a short, warm goodbye now.';
    },
    ctx,
    { kind: 'end_call', examples },
  );
}

export function createOperatorTool(
  runtime: WorkflowRuntime,
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
      const userData = structuredClone(runtime.agentSession.userData) as Record<string, unknown>;
      const messages = dialogueMessages(runtime.agentSession.history);
      if (runtime.sip && runtime.hasRoom()) {
        try {
          const task = new workflows.WarmTransferTask({
            sipCallTo: runtime.sip.sipCallTo,
            sipTrunkId: runtime.sip.sipTrunkId,
            chatCtx: runtime.agentSession.history.copy({ excludeInstructions: true, excludeFunctionCall: true }),
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
      const summary = await summarize(messages, runtime.summaryModel(), runtime.workflow.policies.summaryTimeoutMs);
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
