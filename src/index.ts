// Switchboard's public API: declare a workflow, run it, test it.
export * from './workflow/index.js';
export { providersFromEnv, ProviderConfigError, type Providers } from './providers/index.js';
export { ConsoleSession, type ConsoleSessionOptions } from './console/console_session.js';
export { loadWorkflow } from './workflow/load_workflow.js';
export * from './mcp/index.js';
export * from './tasks/index.js';
export { runScenarios, loadScenarios, ScenarioFileError, type EvalReport, type ScenarioResult } from './eval/index.js';
// Apps that keep their own records (tickets, CRM notes) redact them the way call records are.
export {
  createRedactor,
  redactionFromEnv,
  type Redactor,
  type RedactionOptions,
} from './observability/redaction/index.js';
