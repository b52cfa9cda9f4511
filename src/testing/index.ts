// Test helpers for apps built on Switchboard (used with vitest and voice.testing).
export { WorkflowFakeLLM } from './workflow_fake_llm.js';
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
