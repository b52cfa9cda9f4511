// Facts derived from the event streams that the recorder, the metrics, the tracer and the report
// all need, so each computes them the same way: which agent a handoff tool leads to, why a tool
// call failed, and whether each handoff completed.
import type { voice } from '@livekit/agents';
import type { AnyZodObject } from '../workflow/declaration.js';
import type { ToolFailure, WorkflowEvent } from '../workflow/events.js';
import type { WorkflowRuntime } from '../workflow/runtime.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any workflow's runtime
export type AnyRuntime = WorkflowRuntime<any> | WorkflowRuntime<AnyZodObject>;

/** The agent an edge tool of `agent` hands off to, if `tool` is one. */
export function handoffTargetOf(runtime: AnyRuntime, agent: string, tool: string): string | undefined {
  return runtime.workflow.edgesFrom.get(agent)?.find((e) => e.tool === tool)?.to;
}

export type { ToolFailure } from '../workflow/events.js';

/**
 * Classifies failed tool calls. The workflow emits `guard_refused` just before the failed
 * `tool_call` of the same agent and tool; unexpected failures carry a fixed sentence.
 */
export class ToolFailureClassifier {
  observe(event: WorkflowEvent): ToolFailure | undefined {
    if (event.type !== 'tool_call' || event.ok) return undefined;
    // The workflow layer states why a call failed; older events without it count as plain errors.
    return event.failure ?? (event.timedOut ? 'timeout' : 'error');
  }
}

export type HandoffOutcome = 'completed' | 'failed' | 'dropped';

/**
 * Tracks each handoff to its end: completed when the target agent takes the call, failed when
 * the tool refused (guard, bad arguments, loop protection), dropped when the call ended first.
 */
export class HandoffOutcomes {
  private readonly open: { from: string; to: string }[] = [];

  constructor(private readonly onOutcome: (from: string, to: string, outcome: HandoffOutcome) => void) {}

  started(from: string, to: string): void {
    this.open.push({ from, to });
  }

  entered(agent: string, from: string | undefined): void {
    if (from === undefined) return;
    const i = this.open.findIndex((h) => h.from === from && h.to === agent);
    if (i < 0) return;
    this.open.splice(i, 1);
    this.onOutcome(from, agent, 'completed');
  }

  failed(from: string, to: string): void {
    this.onOutcome(from, to, 'failed');
  }

  /** The call ended: whatever is still open was dropped. */
  close(): void {
    for (const h of this.open.splice(0)) this.onOutcome(h.from, h.to, 'dropped');
  }
}

export interface SessionEventMap {
  conversation_item_added: voice.ConversationItemAddedEvent;
  metrics_collected: voice.MetricsCollectedEvent;
  error: voice.ErrorEvent;
  close: voice.CloseEvent;
  agent_state_changed: voice.AgentStateChangedEvent;
  user_state_changed: voice.UserStateChangedEvent;
}

/** Subscribe to a session event and get the matching unsubscribe. */
export function listen<UD, K extends keyof SessionEventMap>(
  session: voice.AgentSession<UD>,
  type: K,
  handler: (ev: SessionEventMap[K]) => void,
): () => void {
  const emitter = session as unknown as {
    on(t: string, h: (ev: SessionEventMap[K]) => void): void;
    off(t: string, h: (ev: SessionEventMap[K]) => void): void;
  };
  emitter.on(type, handler);
  return () => emitter.off(type, handler);
}
