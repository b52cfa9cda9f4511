import { POLICY_LABEL } from './local_policy_llm.js';

/** Text for the console banner: what is answering the caller, and what it can and cannot do. */
export function describePolicy(): string {
  return [
    `LLM: ${POLICY_LABEL}`,
    "No language model is running. A deterministic dialogue policy picks the current agent's tools",
    'from its examples and descriptions (NLP.js intent classifier), fills arguments from what the caller',
    'says (emails, phone numbers, ids, names, dates, enum values), asks for what is missing, and speaks tool',
    'results as returned. Replies are short templates; anything outside the declared tools gets a',
    'clarifying question. Set an LLM in the workflow config to use a hosted model instead.',
  ].join('\n');
}
