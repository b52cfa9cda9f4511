// The one place an app declares its workflow: userdata schema, agents, edges, policies.
// Everything here is plain data plus tool/agent objects; the runtime turns it into voice.Agents.
import type { llm, stt, tts, voice } from '@livekit/agents';
import type { z } from 'zod';
import type { Guard } from './guards.js';
import type { OperatorQueue } from './escalation/operator_queue.js';
import type { McpServerSpec } from '../mcp/types.js';

/**
 * How conversation history crosses an edge into the next agent: all of the dialogue, none of it,
 * the last N caller turns (each with the replies that followed), or a short summary.
 */
export type HistoryPolicy = { keep: 'all' } | { keep: 'none' } | { keep: 'last'; turns: number } | { keep: 'summary' };

/** The same policies written as text, as in YAML or a quick declaration: `full`, `none`, `summary`, `last:N`. */
export type HistoryPolicyText = 'full' | 'none' | 'summary' | `last:${number}`;

/** What an edge's `history` accepts; parsed into a HistoryPolicy once, when the workflow compiles. */
export type HistoryOption = HistoryPolicy | HistoryPolicyText;

/**
 * How control moves from one agent to the next. `handoff` passes the call on; `call` also keeps a
 * return frame so the target can hand back (`return`) with a typed result; `escalation` goes to
 * the human-facing agent and drops return frames; `loop_escalation` is an escalation the loop
 * protection forced instead of the handoff the model asked for.
 */
export type TransitionMode = 'handoff' | 'call' | 'return' | 'escalation' | 'loop_escalation';

/** Text that may read userdata: a literal with `{field}` placeholders, or a function. */
export type UserDataText<UD> = string | ((userData: Readonly<UD>) => string);

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tools accept any parameter/result types
export type AnyFunctionTool = llm.FunctionTool<any, any, any>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnonTool = Omit<llm.FunctionTool<any, any, any>, 'id' | 'name'>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- zod object of any shape
export type AnyZodObject = z.ZodObject<any>;

/** A model override: an instance, a LiveKit inference model string, or a factory run per session. */
export type ModelOverride<T, S extends string = string> = T | S | (() => T | S);

/** Subclass hook: teams may extend WorkflowAgent to use any agents-js hook (onUserTurnCompleted, nodes...). */
export type AgentClass<UD> = new (options: voice.AgentOptions<UD>) => voice.Agent<UD>;

export interface AgentSpec<UD> {
  /** Stable id used in events, records and diagrams. */
  id: string;
  /** One line saying what this agent is for (graph labels, offline policy role). */
  description: string;
  /** The agent's system prompt. Functions see the current userdata at entry. */
  instructions: UserDataText<UD>;
  /** What the agent should do with its first turn after taking over (an instruction, not literal speech). */
  onEnter?: UserDataText<UD>;
  /** Business tools, keyed by the name the model calls. */
  tools?: Record<string, AnonTool>;
  /** Conditions on userdata a tool requires, keyed by tool name. */
  guards?: Record<string, Guard<UD> | Guard<UD>[]>;
  /** Example caller phrases per tool name (used by the offline policy; harmless for real LLMs). */
  examples?: Record<string, string[]>;
  /**
   * Business tools that only prepare a later action (a search whose results the caller picks from,
   * a hold, an item put in a basket): their success alone does not make the call `resolved`. Unset,
   * the steps are the searches another tool of this agent takes a pick from ("the time the caller
   * picked from the ones just offered"); `[]` says this agent has none.
   */
  steps?: string[];
  /** Typed result this agent hands back when it returns to the agent that called it. */
  returns?: AnyZodObject;
  /** The agent may end the call itself (adds an `end_call` tool). */
  canEndCall?: boolean;
  /** This agent hands the caller to a human operator (adds `transfer_to_operator`). */
  human?: boolean;
  /** Per-agent model overrides; unset means the session's model. */
  stt?: ModelOverride<stt.STT>;
  llm?: ModelOverride<llm.LLM>;
  tts?: ModelOverride<tts.TTS>;
  /** A WorkflowAgent subclass to instantiate instead of WorkflowAgent. */
  agentClass?: AgentClass<UD>;
  /** Per-agent tool timeout override (ms). */
  toolTimeoutMs?: number;
  /** MCP servers whose tools become this agent's tools (stdio `{ command }` or HTTP `{ url }`). */
  mcpServers?: McpServerSpec[];
}

export interface EdgeSpec<UD> {
  /** Source agent id(s); `'*'` means every agent except the target. */
  from: string | string[];
  /** Target agent id. */
  to: string;
  /** Tool name the model calls; defaults to `transfer_to_<to>`. */
  tool?: string;
  /** When to take this edge: the tool description the model sees. */
  when: string;
  /** Arguments the handoff carries; each key must be a userdata field, written on handoff (arrays append). */
  carries?: AnyZodObject;
  /** Fixed userdata values written when this edge is taken (e.g. the issue category it implies). */
  sets?: Partial<UD>;
  /** History policy across this edge (default `full`, i.e. `{ keep: 'all' }`). */
  history?: HistoryOption;
  /** Transition message spoken by the current agent before the next takes over. */
  say?: UserDataText<UD>;
  /** Conditions on userdata this edge requires. */
  requires?: Guard<UD> | Guard<UD>[];
  /** `call` keeps a return frame so the target can hand back with a typed result. */
  mode?: Extract<TransitionMode, 'handoff' | 'call'>;
  /** Example caller phrases for the offline policy. */
  examples?: string[];
}

export interface EscalationSpec<UD> {
  /** The agent that talks with the caller while a human is brought in (must have `human: true`). */
  agent: string;
  /** When any agent should escalate: the tool description the model sees. */
  when: string;
  /** Source agents; default every agent except the escalation agent. */
  from?: string[] | '*';
  /** Tool name; default `escalate_to_human`. */
  tool?: string;
  /** History policy into the escalation agent (default `summary`). */
  history?: HistoryOption;
  say?: UserDataText<UD>;
  examples?: string[];
  /** Userdata fields to fill when a caller is escalated. */
  record?: { reason?: keyof UD & string; ticketId?: keyof UD & string };
}

export interface WorkflowPolicies {
  /** Handoffs allowed in one call before the workflow escalates (default 12). */
  maxHandoffs?: number;
  /** A→B→A→B… repeats of the same pair before the workflow escalates (default 2 round trips). */
  maxPingPong?: number;
  /** Default tool time limit in ms (default 10 000). */
  toolTimeoutMs?: number;
  /** Time limit for an LLM history summary before falling back to an extractive one (default 4 000). */
  summaryTimeoutMs?: number;
}

export interface WorkflowSpec<S extends AnyZodObject> {
  name: string;
  /** Shared typed state. Handoff arguments and userdata writes are validated against it. */
  userData: S;
  /** Userdata fields only tools may set: handoff arguments can never carry them. */
  protectedFields?: (keyof z.infer<S> & string)[];
  start: string;
  agents: AgentSpec<z.infer<S>>[];
  edges: EdgeSpec<z.infer<S>>[];
  escalation?: EscalationSpec<z.infer<S>>;
  policies?: WorkflowPolicies;
  /** Where the human escalation queue lives when no SIP transfer is configured. */
  operatorQueue?: OperatorQueue;
}

/** Identity helper that keeps the userdata type flowing through an app's declaration. */
export function defineWorkflow<S extends AnyZodObject>(spec: WorkflowSpec<S>): WorkflowSpec<S> {
  return spec;
}

/** Typed helper for agent files: `export const billing = defineAgent<SupportUserData>({...})`. */
export function defineAgent<UD>(spec: AgentSpec<UD>): AgentSpec<UD> {
  return spec;
}
