// Observability, the front door: durable session records (records/), PII redaction (redaction/),
// Prometheus metrics (metrics/), OpenTelemetry tracing (tracing/) and the `switchboard report`
// commands (report/). startObservability() wires them together for one process.
export * from './records/index.js';
export * from './redaction/index.js';
export * from './metrics/index.js';
export * from './tracing/index.js';
export * from './report/index.js';
export {
  startObservability,
  type Observability,
  type ObservedCall,
  type StartObservabilityOptions,
} from './observability.js';
