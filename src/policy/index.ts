// Offline dialogue policy: a rule-based stand-in for an LLM behind the framework's llm.LLM interface.
export { LocalPolicyLLM, POLICY_LABEL, type LocalPolicyOptions } from './local_policy_llm.js';
export { DialoguePolicy, type PolicyDecision, type PolicyOptions, type PlannedCall } from './dialogue_policy.js';
export { describePolicy } from './describe_policy.js';
export { ClassifierCache } from './intent_classifier.js';
export { normalizeUtterance } from './normalize.js';
