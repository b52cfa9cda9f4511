// The worker's health endpoint (served by agents-js): where it binds, and a start-up check that
// its port is free, so a busy port is one clear line instead of an unhandled 'error' event.
import { createServer } from 'node:net';
import type { Env } from '../providers/index.js';

export interface HealthSettings {
  host: string;
  port: number;
}

/**
 * HEALTH_HOST / HEALTH_PORT. Default port 8081 for `start` (any free port otherwise, as agents-js). Default host: 0.0.0.0 for `start` (production: a
 * Kubernetes probe reaches the pod's IP), loopback for `dev` and `connect` on a workstation.
 */
export function healthSettings(env: Env, mode: string): HealthSettings {
  const rawPort = env.HEALTH_PORT?.trim();
  const port = rawPort ? Number(rawPort) : mode === 'start' ? 8081 : 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`HEALTH_PORT must be a port number (0-65535), got "${rawPort}".`);
  const host = env.HEALTH_HOST?.trim() || (mode === 'start' ? '0.0.0.0' : '127.0.0.1');
  return { host, port };
}

/** Resolves undefined when host:port can be bound, else one sentence saying what to change. */
export function checkPortFree(host: string, port: number): Promise<string | undefined> {
  if (port === 0) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      resolve(
        error.code === 'EADDRINUSE'
          ? `The worker's health port ${host}:${port} is already in use (another worker?): stop it or set HEALTH_PORT.`
          : `Cannot bind the worker's health endpoint on ${host}:${port} (${error.message}): set HEALTH_HOST/HEALTH_PORT.`,
      ),
    );
    probe.listen(port, host, () => probe.close(() => resolve(undefined)));
  });
}
