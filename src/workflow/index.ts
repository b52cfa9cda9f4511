// Workflow core: declare a multi-agent graph once, run it on voice.AgentSession.
export { defineAgent, defineWorkflow } from './declaration.js';
export type {
  AgentSpec,
  EdgeSpec,
  EscalationSpec,
  HistoryOption,
  HistoryPolicy,
  HistoryPolicyText,
  ModelOverride,
  TransitionMode,
  UserDataText,
  WorkflowPolicies,
  WorkflowSpec,
} from './declaration.js';
export { guard, type Guard } from './guards.js';
export {
  compileWorkflow,
  inspectWorkflow,
  WorkflowValidationError,
  END_CALL_TOOL,
  OPERATOR_TOOL,
  RETURN_TOOL,
  type CompiledEdge,
  type CompiledWorkflow,
  type GraphProblem,
} from './compile.js';
export { WorkflowRuntime, type WorkflowRuntimeOptions, type SipTransferSettings } from './runtime.js';
export { CallState, type CallOutcome, type ReturnFrame } from './call_state.js';
export { WorkflowError, WorkflowToolError, type WorkflowErrorCode } from './errors.js';
export { WorkflowAgent } from './workflow_agent.js';
export { WorkflowEvents, type WorkflowEvent, type ToolFailure } from './events.js';
export { carryHistory, extractiveSummary, historyPolicyText, parseHistoryPolicy } from './history.js';
export { SqliteOperatorQueue, type OperatorQueue, type OperatorTicket } from './escalation/operator_queue.js';
export { PgOperatorQueue, operatorQueueFromEnv } from './escalation/pg_operator_queue.js';
export { entryTag, parseEntryTag, getToolMeta, type ToolMeta, type ToolKind } from './tool_meta.js';
export { renderText, describeKnownFacts } from './text.js';
