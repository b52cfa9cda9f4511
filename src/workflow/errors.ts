// Errors the workflow raises itself, told apart by `code` (never by matching their message text).
import { llm } from '@livekit/agents';
import type { ToolFailure } from './events.js';

export type WorkflowErrorCode =
  /** The runtime was used before `runtime.start(session)` (or `attach`). */
  | 'not_started'
  /** An agent id the compiled workflow does not declare. */
  | 'unknown_agent'
  /** An agent's `agentClass` does not extend WorkflowAgent. */
  | 'invalid_agent_class';

/** A mistake in how the workflow is used: a bug for the app developer to fix, not a caller problem. */
export class WorkflowError extends Error {
  constructor(
    readonly code: WorkflowErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'WorkflowError';
  }
}

/**
 * A tool call the workflow refused or that failed, as the llm.ToolError the model reads (the
 * message says what to do next) with the failure kind the `tool_call` event records.
 */
export class WorkflowToolError extends llm.ToolError {
  constructor(
    readonly code: ToolFailure,
    message: string,
  ) {
    super(message);
    this.name = 'WorkflowToolError';
  }
}
