// Compiles a declaration into a normalised graph and validates it before any session starts.
import type { z } from 'zod';
import type {
  AgentSpec,
  AnyZodObject,
  EdgeSpec,
  HistoryOption,
  HistoryPolicy,
  TransitionMode,
  UserDataText,
  WorkflowSpec,
} from './declaration.js';
import { asGuardList, type Guard } from './guards.js';
import { parseHistoryPolicy } from './history.js';
import { checkUserDataField } from './userdata.js';

export const END_CALL_TOOL = 'end_call';
export const OPERATOR_TOOL = 'transfer_to_operator';
export const RETURN_TOOL = 'return_to_previous_agent';

export interface CompiledEdge<UD> {
  from: string;
  to: string;
  tool: string;
  when: string;
  carries?: AnyZodObject;
  sets?: Partial<UD>;
  history: HistoryPolicy;
  say?: UserDataText<UD>;
  requires: Guard<UD>[];
  mode: Extract<TransitionMode, 'handoff' | 'call' | 'escalation'>;
  examples: string[];
}

export interface ResolvedPolicies {
  maxHandoffs: number;
  maxPingPong: number;
  toolTimeoutMs: number;
  summaryTimeoutMs: number;
}

export interface CompiledWorkflow<S extends AnyZodObject = AnyZodObject> {
  spec: WorkflowSpec<S>;
  agents: Map<string, AgentSpec<z.infer<S>>>;
  edgesFrom: Map<string, CompiledEdge<z.infer<S>>[]>;
  edges: CompiledEdge<z.infer<S>>[];
  policies: ResolvedPolicies;
  /** Agents some `call` edge enters: they get a return tool. */
  callable: Set<string>;
}

export interface GraphProblem {
  agent?: string;
  edge?: string;
  message: string;
}

export class WorkflowValidationError extends Error {
  constructor(
    readonly workflow: string,
    readonly problems: GraphProblem[],
  ) {
    super(
      `Workflow "${workflow}" is not valid:\n` +
        problems
          .map(
            (p) =>
              `  - ${[p.agent && `agent ${p.agent}`, p.edge && `edge ${p.edge}`].filter(Boolean).join(', ')}${p.agent || p.edge ? ': ' : ''}${p.message}`,
          )
          .join('\n'),
    );
    this.name = 'WorkflowValidationError';
  }
}

function edgeLabel(from: string, to: string, tool: string): string {
  return `${from} -> ${to} (${tool})`;
}

function resolvePolicies(spec: WorkflowSpec<AnyZodObject>, problems: GraphProblem[]): ResolvedPolicies {
  const p = spec.policies ?? {};
  const resolved: ResolvedPolicies = {
    maxHandoffs: p.maxHandoffs ?? 12,
    maxPingPong: p.maxPingPong ?? 2,
    toolTimeoutMs: p.toolTimeoutMs ?? 10_000,
    summaryTimeoutMs: p.summaryTimeoutMs ?? 4_000,
  };
  for (const [key, value] of Object.entries(resolved)) {
    if (!Number.isFinite(value) || value < 0)
      problems.push({ message: `policy ${key} must be a number ≥ 0, got ${String(value)}.` });
  }
  return resolved;
}

// A bad policy is reported with the edge's other problems (the edge keeps all history meanwhile).
function historyOf(option: HistoryOption, label: string, problems: GraphProblem[]): HistoryPolicy {
  try {
    return parseHistoryPolicy(option);
  } catch (err) {
    problems.push({ edge: label, message: (err as Error).message });
    return { keep: 'all' };
  }
}

// Each compiled edge with the history option as declared (parsed, with the edge's other checks, below).
type ExpandedEdge<UD> = { edge: CompiledEdge<UD>; history: HistoryOption };

function expandEdges<UD>(spec: WorkflowSpec<AnyZodObject>, agentIds: string[]): ExpandedEdge<UD>[] {
  const out: ExpandedEdge<UD>[] = [];
  for (const e of spec.edges as EdgeSpec<UD>[]) {
    const sources = e.from === '*' ? agentIds.filter((id) => id !== e.to) : Array.isArray(e.from) ? e.from : [e.from];
    for (const from of sources) {
      out.push({
        history: e.history ?? 'full',
        edge: {
          from,
          to: e.to,
          tool: e.tool ?? `transfer_to_${e.to}`,
          when: e.when,
          carries: e.carries,
          sets: e.sets,
          history: { keep: 'all' },
          say: e.say,
          requires: asGuardList(e.requires),
          mode: e.mode ?? 'handoff',
          examples: e.examples ?? [],
        },
      });
    }
  }
  const esc = spec.escalation as WorkflowSpec<AnyZodObject>['escalation'];
  if (esc) {
    const sources = esc.from === undefined || esc.from === '*' ? agentIds.filter((id) => id !== esc.agent) : esc.from;
    for (const from of sources) {
      out.push({
        history: esc.history ?? 'summary',
        edge: {
          from,
          to: esc.agent,
          tool: esc.tool ?? 'escalate_to_human',
          when: esc.when,
          history: { keep: 'summary' },
          say: esc.say as UserDataText<UD> | undefined,
          requires: [],
          mode: 'escalation',
          examples: esc.examples ?? [],
        },
      });
    }
  }
  return out;
}

/** Compile and validate; throws WorkflowValidationError listing every problem at once. */
export function compileWorkflow<S extends AnyZodObject>(spec: WorkflowSpec<S>): CompiledWorkflow<S> {
  const problems = inspectWorkflow(spec);
  if (problems.problems.length > 0) throw new WorkflowValidationError(spec.name, problems.problems);
  return problems.compiled;
}

/** Compile and collect problems without throwing (for `switchboard check`). */
export function inspectWorkflow<S extends AnyZodObject>(
  spec: WorkflowSpec<S>,
): { compiled: CompiledWorkflow<S>; problems: GraphProblem[] } {
  type UD = z.infer<S>;
  const problems: GraphProblem[] = [];
  const agents = new Map<string, AgentSpec<UD>>();
  for (const a of spec.agents) {
    if (!a.id || !/^[a-z][a-z0-9_]*$/.test(a.id))
      problems.push({
        agent: a.id,
        message: 'agent ids must be lower_snake_case words (letters, digits, underscores).',
      });
    if (agents.has(a.id)) problems.push({ agent: a.id, message: 'declared twice; agent ids must be unique.' });
    agents.set(a.id, a);
  }
  const ids = [...agents.keys()];
  const policies = resolvePolicies(spec as unknown as WorkflowSpec<AnyZodObject>, problems);
  if (!agents.has(spec.start))
    problems.push({ message: `start agent "${spec.start}" is not declared (declared: ${ids.join(', ') || 'none'}).` });

  const userFields = new Set(Object.keys(spec.userData.shape as Record<string, unknown>));
  const protectedFields = new Set<string>(spec.protectedFields ?? []);
  for (const f of protectedFields) {
    if (!userFields.has(f)) problems.push({ message: `protected field "${f}" is not a userdata field.` });
  }

  const expanded = expandEdges<UD>(spec as unknown as WorkflowSpec<AnyZodObject>, ids);
  const edges = expanded.map((x) => x.edge);
  const edgesFrom = new Map<string, CompiledEdge<UD>[]>(ids.map((id) => [id, []]));
  const callable = new Set<string>();

  const esc = spec.escalation;
  if (esc) {
    const target = agents.get(esc.agent);
    if (!target) problems.push({ edge: 'escalation', message: `escalation agent "${esc.agent}" is not declared.` });
    else if (!target.human)
      problems.push({
        agent: esc.agent,
        edge: 'escalation',
        message: 'the escalation agent must set `human: true` so it can reach an operator.',
      });
  }

  for (const { edge: e, history } of expanded) {
    const label = edgeLabel(e.from, e.to, e.tool);
    if (!agents.has(e.from)) problems.push({ edge: label, message: `unknown source agent "${e.from}".` });
    if (!agents.has(e.to)) problems.push({ edge: label, message: `unknown target agent "${e.to}".` });
    if (e.from === e.to) problems.push({ edge: label, message: 'an agent cannot hand off to itself.' });
    if (!e.when?.trim())
      problems.push({ edge: label, message: '`when` is empty: the model needs to know when to take this edge.' });
    e.history = historyOf(history, label, problems);
    if (e.carries) {
      for (const key of Object.keys(e.carries.shape as Record<string, unknown>)) {
        if (!userFields.has(key))
          problems.push({ edge: label, message: `carries "${key}", which is not a userdata field.` });
        if (protectedFields.has(key))
          problems.push({ edge: label, message: `carries protected field "${key}": only tools may set it.` });
      }
    }
    for (const [key, value] of Object.entries((e.sets ?? {}) as Record<string, unknown>)) {
      const checked = checkUserDataField(spec.userData, key, value);
      if (!checked.ok && checked.problem === 'unknown_field')
        problems.push({ edge: label, message: `sets "${key}", which is not a userdata field.` });
      else if (protectedFields.has(key))
        problems.push({ edge: label, message: `sets protected field "${key}": only tools may set it.` });
      else if (!checked.ok)
        problems.push({ edge: label, message: `sets "${key}" to a value its userdata schema rejects.` });
    }
    if (e.mode === 'call') callable.add(e.to);
    edgesFrom.get(e.from)?.push(e);
  }

  // Tool names must be unique per agent across business tools, derived edges and built-ins.
  for (const [id, a] of agents) {
    const names = new Map<string, string>();
    const add = (name: string, what: string) => {
      const prev = names.get(name);
      if (prev) problems.push({ agent: id, message: `duplicate tool name "${name}" (${prev} and ${what}).` });
      else names.set(name, what);
    };
    for (const name of Object.keys(a.tools ?? {})) add(name, 'business tool');
    for (const e of edgesFrom.get(id) ?? []) add(e.tool, `edge to ${e.to}`);
    if (a.canEndCall) add(END_CALL_TOOL, 'end-call tool');
    if (a.human) add(OPERATOR_TOOL, 'operator transfer');
    if (callable.has(id)) add(RETURN_TOOL, 'return tool');
    // MCP tool names are only known once the server runs: guards/examples may name them.
    const mcp = (a.mcpServers?.length ?? 0) > 0;
    for (const toolName of Object.keys(a.guards ?? {})) {
      if (!names.has(toolName) && !mcp)
        problems.push({ agent: id, message: `guard set on unknown tool "${toolName}".` });
    }
    for (const toolName of Object.keys(a.examples ?? {})) {
      if (!names.has(toolName) && !mcp)
        problems.push({ agent: id, message: `examples given for unknown tool "${toolName}".` });
    }
    for (const toolName of a.steps ?? []) {
      if (!Object.hasOwn(a.tools ?? {}, toolName) && !mcp)
        problems.push({ agent: id, message: `steps name "${toolName}", which is not one of its business tools.` });
    }
    for (const key of Object.keys((a.returns?.shape ?? {}) as Record<string, unknown>)) {
      if (protectedFields.has(key))
        problems.push({ agent: id, message: `returns protected field "${key}": only tools may set it.` });
    }
    if (callable.has(id) && !a.returns)
      problems.push({
        agent: id,
        message: 'is entered by a `call` edge but declares no `returns` schema for its result.',
      });
    const forward = (edgesFrom.get(id) ?? []).length > 0 || a.canEndCall || a.human || callable.has(id);
    if (!forward)
      problems.push({
        agent: id,
        message: 'has no way forward: add an edge from it, `canEndCall`, or an escalation that covers it.',
      });
  }

  // Reachability from the start agent.
  if (agents.has(spec.start)) {
    const seen = new Set<string>([spec.start]);
    const queue = [spec.start];
    while (queue.length > 0) {
      const id = queue.shift()!;
      for (const e of edgesFrom.get(id) ?? []) {
        if (!seen.has(e.to) && agents.has(e.to)) {
          seen.add(e.to);
          queue.push(e.to);
        }
      }
    }
    for (const id of ids)
      if (!seen.has(id)) problems.push({ agent: id, message: `is unreachable from the start agent "${spec.start}".` });
  }

  return { compiled: { spec, agents, edgesFrom, edges, policies, callable }, problems };
}
