// Structured workflow events: one discriminated union that tests, logs, session records,
// metrics and the console all consume from `runtime.events`.
import { EventEmitter } from 'node:events';
import type { HistoryPolicyText, TransitionMode } from './declaration.js';

interface Base {
  /** Epoch milliseconds. */
  at: number;
  sessionId: string;
}

export interface AgentEnteredEvent extends Base {
  type: 'agent_entered';
  agent: string;
  from?: string;
  history?: HistoryPolicyText;
}

export interface HandoffEvent extends Base {
  type: 'handoff';
  from: string;
  to: string;
  tool: string;
  reason: string;
  args: Record<string, unknown>;
  history: HistoryPolicyText;
  /** A return is its own event (`return`). */
  mode: Exclude<TransitionMode, 'return'>;
  userData: Record<string, unknown>;
  /** Time the tool took to build the handoff. */
  durationMs: number;
}

/** The gap between a handoff's tool result and the next agent's first reply (filled in later). */
export interface HandoffCompletedEvent extends Base {
  type: 'handoff_completed';
  from: string;
  to: string;
  gapMs: number;
}

export interface HandoffFailedEvent extends Base {
  type: 'handoff_failed';
  from: string;
  to: string;
  tool: string;
  reason: string;
}

export interface ReturnEvent extends Base {
  type: 'return';
  from: string;
  to: string;
  result: Record<string, unknown>;
}

export interface EscalationEvent extends Base {
  type: 'escalation';
  from: string;
  reason: string;
  channel: 'warm_transfer' | 'operator_queue';
  ticketId?: string;
  ok: boolean;
  detail?: string;
}

export interface GuardRefusedEvent extends Base {
  type: 'guard_refused';
  agent: string;
  tool: string;
  guard: string;
}

export interface ToolCallEvent extends Base {
  type: 'tool_call';
  agent: string;
  tool: string;
  args: Record<string, unknown>;
  ok: boolean;
  output?: string;
  error?: string;
  /** Why a failed call failed: a guard refused, the time limit hit, bad userdata, the tool's own ToolError, or a crash. */
  failure?: ToolFailure;
  timedOut: boolean;
  durationMs: number;
}

export type ToolFailure = 'refused' | 'timeout' | 'invalid_userdata' | 'error' | 'exception';

export interface UserDataChangedEvent extends Base {
  type: 'userdata_changed';
  agent: string;
  tool: string;
  changes: Record<string, { before: unknown; after: unknown }>;
}

export interface LoopDetectedEvent extends Base {
  type: 'loop_detected';
  agent: string;
  path: string[];
  reason: string;
}

export interface CallEndedEvent extends Base {
  type: 'call_ended';
  agent: string;
  outcome: string;
}

/** An agent's MCP server at the start of a call: connected with its tools, or failed (and why). */
export interface McpServerEvent extends Base {
  type: 'mcp_server';
  server: string;
  agents: string[];
  ok: boolean;
  tools: string[];
  error?: string;
}

/** A prebuilt data-capture task (src/tasks) moved on: asked, read back, rejected, captured, gave up. */
export interface CaptureEvent extends Base {
  type: 'capture';
  /** The agent whose tool started the task, when it runs inside a workflow. */
  agent?: string;
  task: string;
  status: 'asked' | 'read_back' | 'invalid' | 'corrected' | 'captured' | 'declined' | 'gave_up';
  attempts: number;
  /** The value as it may be shown (secret numbers masked). */
  value?: string;
  problem?: string;
}

/** Which providers a call uses (names only: model and host, never a credential). */
export interface ProviderNames {
  llm: string[];
  stt: string[];
  tts: string[];
}

export interface SessionStartEvent extends Base {
  type: 'session_start';
  workflow: string;
  agent: string;
  providers?: ProviderNames;
}

/** A provider failed (the call goes on: see the `fallback` that follows, or the apology said). */
export interface ProviderErrorEvent extends Base {
  type: 'error';
  component: 'llm' | 'stt' | 'tts';
  /** server_error, rate_limited, timeout, connection, stream_broken, empty_completion, ... */
  kind: string;
  provider: string;
  message: string;
  agent?: string;
}

/** The call switched provider: `to` is what it uses now (`reason` recovered when switching back). */
export interface FallbackEvent extends Base {
  type: 'fallback';
  component: 'llm' | 'stt' | 'tts';
  from: string;
  to: string;
  reason: string;
  agent?: string;
}

export type WorkflowEvent =
  | SessionStartEvent
  | ProviderErrorEvent
  | FallbackEvent
  | CallEndedEvent
  | CaptureEvent
  | McpServerEvent
  | AgentEnteredEvent
  | HandoffEvent
  | HandoffCompletedEvent
  | HandoffFailedEvent
  | ReturnEvent
  | EscalationEvent
  | GuardRefusedEvent
  | ToolCallEvent
  | UserDataChangedEvent
  | LoopDetectedEvent;

// Distributive Omit keeps each union member's own fields.
export type WorkflowEventInput = WorkflowEvent extends infer E
  ? E extends WorkflowEvent
    ? Omit<E, 'at' | 'sessionId'>
    : never
  : never;

/** Typed emitter: `events.on('event', (e) => ...)`. */
export class WorkflowEvents extends EventEmitter<{ event: [WorkflowEvent] }> {
  readonly history: WorkflowEvent[] = [];

  constructor(private readonly sessionId: string) {
    super();
  }

  emitEvent(input: WorkflowEventInput): WorkflowEvent {
    const event = { ...input, at: Date.now(), sessionId: this.sessionId } as WorkflowEvent;
    this.history.push(event);
    this.emit('event', event);
    return event;
  }
}
