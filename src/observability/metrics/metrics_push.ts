// Job processes push their metrics to the worker's metrics server (LiveKit runs each call in its
// own child process, which cannot serve the worker's port). The worker sets
// SWITCHBOARD_METRICS_PUSH_URL before forking; each job process pushes every few seconds and once
// more, marked final, when it shuts down.
import { hostname } from 'node:os';
import { defaultMetrics, type SwitchboardMetrics } from './metrics.js';
import type { MetricsSnapshot } from './metrics_aggregate.js';

export const PUSH_URL_ENV = 'SWITCHBOARD_METRICS_PUSH_URL';

export interface MetricsPusher {
  /** Push now. */
  push(final?: boolean): Promise<void>;
  /** Stop the timer and push a final snapshot (call from the job's shutdown callback). */
  stop(): Promise<void>;
}

let pushers = 0;

export function startMetricsPush(options: {
  url: string;
  metrics?: SwitchboardMetrics;
  intervalMs?: number;
  timeoutMs?: number;
}): MetricsPusher {
  const metrics = options.metrics ?? defaultMetrics();
  const id = `${hostname()}:${process.pid}:${Date.now()}:${++pushers}`;
  let stopped = false;
  const push = async (final = false): Promise<void> => {
    // The worker reports its own process metrics; summing every job process's CPU and memory into them would mislead.
    const json = (await metrics.registry.getMetricsAsJSON()).filter((m) => !m.name.startsWith('switchboard_process_'));
    const body: MetricsSnapshot = { id, final, metrics: json };
    try {
      await fetch(options.url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(options.timeoutMs ?? 2000),
      });
    } catch {
      // The worker may be restarting; the next push carries the same cumulative values.
    }
  };
  const timer = setInterval(() => void push(), options.intervalMs ?? 5000);
  timer.unref();
  return {
    push,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      clearInterval(timer);
      await push(true);
    },
  };
}

let shared: MetricsPusher | undefined | null;

/** The process's pusher when SWITCHBOARD_METRICS_PUSH_URL is set (job processes), else undefined. */
export function metricsPushFromEnv(env: NodeJS.ProcessEnv = process.env): MetricsPusher | undefined {
  if (shared === undefined) {
    const url = env[PUSH_URL_ENV]?.trim();
    shared = url ? startMetricsPush({ url }) : null;
  }
  return shared ?? undefined;
}
