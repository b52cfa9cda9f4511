// Test helpers for apps built on Switchboard (used with vitest and voice.testing).
export { WorkflowFakeLLM } from './workflow_fake_llm.js';
export { ScriptedTextLLM } from './scripted_text_llm.js';
export { expectJudged, JudgementFailed, type Judgeable } from './judge_conversation.js';
export {
  Judge,
  JudgeGroup,
  judgeByName,
  parseVerdict,
  conversationFromChatItems,
  accuracyJudge,
  coherenceJudge,
  concisenessJudge,
  handoffJudge,
  relevancyJudge,
  safetyJudge,
  taskCompletionJudge,
  toolUseJudge,
  type JudgeVerdict,
  type JudgeInput,
  type GroupResult,
  type Verdict,
} from '../eval/judges.js';
export {
  runScenarios,
  runLoadedScenarios,
  loadScenarios,
  renderPretty,
  renderJson,
  renderJunit,
  failureDetails,
  ScenarioFileError,
  type EvalReport,
  type RunScenariosOptions,
  type ScenarioResult,
} from '../eval/index.js';
export {
  type ChatCompletionRequest,
  type Fault,
  type ModelTurn,
  type OpenAITestServer,
  type OpenAITestServerOptions,
  type RequestView,
  type SchemaFollowingOptions,
  type SchemaFollowingRule,
  type ScriptedModel,
  schemaFollowingModel,
  startOpenAITestServer,
} from './openai_test_server.js';
