// How the worker process lives in a cluster: where its health server listens and how long it drains.
// agents-js serves two routes on the health server, and they answer different questions:
//   GET /        200 only while registered with LiveKit  → readiness (no new pod counts as ready
//                until it can take calls; a rolling update waits for it)
//   GET /worker  200 while the process serves HTTP      → liveness (a LiveKit outage is not a
//                reason to restart: the worker reconnects itself and exits after its retries)
// On SIGTERM (`start`, production mode) the framework marks the worker full so LiveKit sends no new
// calls, waits for running calls up to the drain timeout, then exits 143.
import type { Env } from '../providers/index.js';

export const READINESS_PATH = '/';
export const LIVENESS_PATH = '/worker';
/** agents-js default port for `start` (production). */
export const DEFAULT_HEALTH_PORT = 8081;
/** agents-js default drain timeout: one hour. */
export const DEFAULT_DRAIN_TIMEOUT_SECONDS = 3600;

export interface WorkerLifecycle {
  /** Health server bind address (undefined: the framework default). */
  healthHost?: string;
  healthPort?: number;
  /** Longest wait for running calls after SIGTERM, in milliseconds. */
  drainTimeoutMs?: number;
}

export class WorkerLifecycleError extends Error {}

function wholeNumber(env: Env, key: string, min: number, max: number): number | undefined {
  const raw = env[key]?.trim();
  if (!raw) return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max)
    throw new WorkerLifecycleError(`${key} must be a whole number from ${min} to ${max}, got "${raw}".`);
  return value;
}

/** HEALTH_HOST, HEALTH_PORT and DRAIN_TIMEOUT_SECONDS; unset values keep the framework defaults. */
export function workerLifecycleFromEnv(env: Env): WorkerLifecycle {
  const healthPort = wholeNumber(env, 'HEALTH_PORT', 1, 65535);
  const drainSeconds = wholeNumber(env, 'DRAIN_TIMEOUT_SECONDS', 1, 24 * 3600);
  return {
    healthHost: env.HEALTH_HOST?.trim() || undefined,
    healthPort,
    drainTimeoutMs: drainSeconds === undefined ? undefined : drainSeconds * 1000,
  };
}
