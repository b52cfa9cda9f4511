// `switchboard eval`: scenario files, simulated callers, expectations, judges and reports.
export {
  JUDGE_NAMES,
  OUTCOMES,
  scenarioSchema,
  type ScenarioSpec,
  type PersonaSpec,
  type Expectations,
  type ExpectedCall,
  type JudgeName,
  type Outcome,
} from './scenario_schema.js';
export {
  loadScenarios,
  findScenarioFiles,
  ScenarioFileError,
  type LoadedScenario,
  type LoadOptions,
} from './load_scenarios.js';
export {
  loadWorkflowSource,
  workflowCatalog,
  type WorkflowSource,
  type EvalWorkflowContext,
} from './workflow_source.js';
export {
  runScenario,
  JUDGE_SKIPPED,
  type ScenarioResult,
  type RunScenarioOptions,
  type JudgeOutcome,
} from './run_scenario.js';
export {
  runScenarios,
  runLoadedScenarios,
  type RunScenariosOptions,
  type EvalReport,
  type ProgressEvent,
} from './run_scenarios.js';
export { checkExpectations, isSubsequence, type ExpectationResult } from './expectations.js';
export { subsetMismatch } from './subset_match.js';
export { ScriptedCaller, type SimulatedCaller, type CallerView } from './simulated_caller.js';
export { PersonaCaller } from './persona_caller.js';
export { LlmPersonaCaller } from './llm_persona_caller.js';
export { firstPerson } from './caller_cues.js';
export * from './judges.js';
export { chooseEvalModels, type EvalModels } from './eval_models.js';
export {
  renderPretty,
  renderJson,
  renderJunit,
  scenarioLine,
  failureDetails,
  transcriptExcerpt,
} from './reporters/index.js';
export type { RunRecord, TurnRecord, CallRecord, TranscriptLine } from './run_record.js';
