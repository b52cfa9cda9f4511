// The tool list of one agent, built afresh whenever the agent is built: its business tools
// (wrapped with guards, timeouts and events), a handoff tool per outgoing edge, the return tool of a
// callable agent, end_call, the operator transfer, and its MCP servers' tools.
import type { z } from 'zod';
import type { WorkflowMcpServers } from '../mcp/workflow_servers.js';
import type { CompiledEdge, CompiledWorkflow } from './compile.js';
import type { AgentSpec, AnyFunctionTool, AnyZodObject } from './declaration.js';
import { asGuardList } from './guards.js';
import {
  createEdgeTool,
  createEndCallTool,
  createOperatorTool,
  createReturnTool,
  type HandoffHost,
} from './handoff_tools.js';
import type { TargetScope } from './tool_meta.js';
import { wrapBusinessTool } from './tool_wrap.js';

/** What building an agent's tools needs from the runtime (beyond what the handoff tools need). */
export interface AgentToolsHost<S extends AnyZodObject> extends HandoffHost {
  readonly workflow: CompiledWorkflow<S>;
  readonly schema: S;
  readonly mcp: WorkflowMcpServers;
  isStep(agentId: string, tool: string): boolean;
}

export function agentTools<S extends AnyZodObject>(
  runtime: AgentToolsHost<S>,
  spec: AgentSpec<z.infer<S>>,
): AnyFunctionTool[] {
  const { workflow } = runtime;
  const base = {
    agent: spec.id,
    events: runtime.events,
    schema: runtime.schema,
    timeoutMs: spec.toolTimeoutMs ?? workflow.policies.toolTimeoutMs,
    inflight: runtime.inflight,
  };
  const tools: AnyFunctionTool[] = [];
  for (const [name, tool] of Object.entries(spec.tools ?? {})) {
    tools.push(
      wrapBusinessTool(
        name,
        tool,
        { ...base, guards: asGuardList(spec.guards?.[name]) },
        spec.examples?.[name] ?? [],
        runtime.isStep(spec.id, name),
        () => runtime.userData(),
      ),
    );
  }
  for (const edge of workflow.edgesFrom.get(spec.id) ?? []) {
    const target = workflow.agents.get(edge.to);
    const scope = target && { description: target.description, tools: target.tools ?? {} };
    tools.push(
      createEdgeTool(runtime, edge as CompiledEdge<unknown>, { ...base, guards: edge.requires as never }, scope),
    );
  }
  if (workflow.callable.has(spec.id) && spec.returns) {
    const examples = spec.examples?.return_to_previous_agent ?? [];
    tools.push(
      createReturnTool(
        runtime,
        spec.id,
        spec.returns,
        { ...base, guards: [] },
        examples,
        returnScope(runtime, spec.id),
      ),
    );
  }
  if (spec.canEndCall)
    tools.push(createEndCallTool(runtime, spec.id, { ...base, guards: [] }, spec.examples?.end_call ?? []));
  if (spec.human) {
    const examples = spec.examples?.transfer_to_operator ?? [];
    tools.push(createOperatorTool(runtime, spec.id, { ...base, guards: [] }, examples));
  }
  tools.push(...runtime.mcp.toolsFor(spec, base, new Set(tools.map((t) => t.name))));
  return tools;
}

/**
 * What the agent a return goes back to handles: its description, its business tools and the
 * `when` of its other onward edges (a router's teams), so a request this agent cannot serve can
 * be handed back to where it can be. Read when the agent is built, after the call frame is pushed.
 */
function returnScope<S extends AnyZodObject>(runtime: AgentToolsHost<S>, agentId: string): TargetScope | undefined {
  const { workflow } = runtime;
  const back = runtime.call.stack.at(-1)?.agent;
  const previous = back ? workflow.agents.get(back) : undefined;
  if (!previous) return undefined;
  const onward = (workflow.edgesFrom.get(previous.id) ?? []).filter((e) => e.to !== agentId);
  return { description: previous.description, tools: previous.tools ?? {}, handles: onward.map((e) => e.when) };
}
