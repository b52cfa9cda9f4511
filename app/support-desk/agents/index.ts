export { greeterAgent } from './greeter.js';
export { triageAgent } from './triage.js';
export { technicalAgent } from './technical.js';
export { billingAgent } from './billing.js';
export { escalationAgent } from './escalation.js';
export { specialistResult, type SpecialistResult } from './specialist_result.js';
export { COMPANY, VOICE_STYLE } from './voice_style.js';
