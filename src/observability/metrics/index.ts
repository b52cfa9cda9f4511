// Prometheus metrics: per-call instrumentation, the /metrics server, and the push path that lets
// short-lived job processes report to the worker's server.
export { createMetrics, defaultMetrics, instrumentRuntime, type SwitchboardMetrics } from './metrics.js';
export { startMetricsServer, PUSH_PATH, type MetricsServer, type MetricsServerOptions } from './metrics_server.js';
export { startMetricsPush, metricsPushFromEnv, PUSH_URL_ENV, type MetricsPusher } from './metrics_push.js';
export { MetricsAggregator, type MetricsSnapshot } from './metrics_aggregate.js';
