// PII and secret redaction: the project's one redaction module. Its own folder rather than inside
// records/ because records are only one of its users: spans (tracing/), the framework logger
// (log_redaction.ts), the operator queue (src/workflow/escalation) and the support desk's tickets
// all redact with it, and none of them should depend on the record store to do so.
export {
  createRedactor,
  redactionFromEnv,
  secretValuesFromEnv,
  isSecretField,
  SECRET_MASK,
  type Redactor,
  type RedactionOptions,
} from './redaction.js';
export { installLogRedaction, redactLogger } from './log_redaction.js';
