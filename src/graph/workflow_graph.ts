// A plain, serialisable view of a compiled workflow: what `switchboard graph --format json` prints
// and what the Mermaid renderer draws. Order follows the declaration, so output is deterministic.
import type { AnyZodObject, HistoryPolicyText } from '../workflow/declaration.js';
import { historyPolicyText } from '../workflow/history.js';
import type { CompiledEdge, CompiledWorkflow } from '../workflow/compile.js';
import { asGuardList } from '../workflow/guards.js';

export interface GraphTool {
  name: string;
  /** Names of the guards the tool requires. */
  guards: string[];
}

export interface GraphAgent {
  id: string;
  description: string;
  /** The agent that takes the call first. */
  start: boolean;
  /** Brings in a human operator (`transfer_to_operator`). */
  human: boolean;
  canEndCall: boolean;
  /** Entered by a `call` edge: it hands back to its caller with a typed result. */
  callable: boolean;
  /** Field names of the result a callable agent returns. */
  returns: string[];
  /** Business tools, in declaration order. */
  tools: GraphTool[];
}

export interface GraphEdge {
  from: string;
  to: string;
  tool: string;
  when: string;
  mode: CompiledEdge<unknown>['mode'];
  history: HistoryPolicyText;
  /** Names of the guards the edge requires. */
  guards: string[];
  /** Userdata fields the handoff carries. */
  carries: string[];
}

export interface WorkflowGraph {
  workflow: string;
  start: string;
  agents: GraphAgent[];
  edges: GraphEdge[];
  policies: { maxHandoffs: number; maxPingPong: number; toolTimeoutMs: number; summaryTimeoutMs: number };
}

const fieldsOf = (schema: AnyZodObject | undefined): string[] =>
  schema ? Object.keys(schema.shape as Record<string, unknown>) : [];

export function workflowGraph<S extends AnyZodObject>(compiled: CompiledWorkflow<S>): WorkflowGraph {
  const { spec } = compiled;
  const agents: GraphAgent[] = [...compiled.agents.values()].map((a) => ({
    id: a.id,
    description: a.description,
    start: a.id === spec.start,
    human: Boolean(a.human),
    canEndCall: Boolean(a.canEndCall),
    callable: compiled.callable.has(a.id),
    returns: compiled.callable.has(a.id) ? fieldsOf(a.returns) : [],
    tools: Object.keys(a.tools ?? {}).map((name) => ({
      name,
      guards: asGuardList(a.guards?.[name]).map((g) => g.name),
    })),
  }));
  const edges: GraphEdge[] = compiled.edges.map((e) => ({
    from: e.from,
    to: e.to,
    tool: e.tool,
    when: e.when,
    mode: e.mode,
    history: historyPolicyText(e.history),
    guards: e.requires.map((g) => g.name),
    carries: fieldsOf(e.carries),
  }));
  return { workflow: spec.name, start: spec.start, agents, edges, policies: { ...compiled.policies } };
}
