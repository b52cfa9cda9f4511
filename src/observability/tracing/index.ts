// OpenTelemetry spans for a call (one per session, agent turn, tool call and handoff), exported
// over OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set.
export { setupTracing, traceRuntime, tracingRequested, type Tracing, type TracingOptions } from './tracing.js';
