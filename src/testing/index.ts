// Switchboard's test kit (`switchboard/testing`): start a call on any workflow with a scripted model,
// a fixed clock and in-memory stores, record what each LLM request contained, and assert on agents,
// handoffs, tools, userdata and speech. Built on the framework's voice.testing (session.run,
// result.expect, FakeLLM). Also: judges, scenario runs and an OpenAI-compatible test server.
export { startCall, TestCall, type StartCallOptions, type ToolAnswer } from './test_call.js';
export { WorkflowFakeLLM, type LLMRequest, type ScriptedTurn } from './workflow_fake_llm.js';
export {
  afterError,
  afterTool,
  callsTool,
  onCaller,
  onEnter,
  onReturn,
  step,
  type Reply,
  type ToolStep,
} from './script.js';
export { fixedClock, type FixedClock } from './clock.js';
export { callTool } from './call_tool.js';
export { matchesPartially } from './call_assertions.js';
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
export { startRealModelHarness, type RealModelCall, type RealModelHarness } from './real_model_harness.js';
