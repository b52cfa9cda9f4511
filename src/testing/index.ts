// Test helpers for apps built on Switchboard (used with vitest and voice.testing).
export { WorkflowFakeLLM } from './workflow_fake_llm.js';
