import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { checkPortFree, healthSettings } from './health.js';

let busy: Server | undefined;
afterEach(() => busy?.close());

describe('worker health endpoint', () => {
  it('binds all interfaces for `start` (Kubernetes probes), loopback for dev, and honours HEALTH_HOST/PORT', () => {
    expect(healthSettings({}, 'start')).toEqual({ host: '0.0.0.0', port: 8081 });
    expect(healthSettings({}, 'dev')).toEqual({ host: '127.0.0.1', port: 0 });
    expect(healthSettings({ HEALTH_HOST: '10.0.0.5', HEALTH_PORT: '9000' }, 'start')).toEqual({
      host: '10.0.0.5',
      port: 9000,
    });
    expect(healthSettings({ HEALTH_HOST: '', HEALTH_PORT: ' ' }, 'dev')).toEqual({ host: '127.0.0.1', port: 0 });
    expect(() => healthSettings({ HEALTH_PORT: 'eighty' }, 'start')).toThrow(/HEALTH_PORT must be a port number/);
  });

  it('reports a busy port in one sentence instead of crashing', async () => {
    busy = createServer();
    await new Promise<void>((r) => busy!.listen(0, '127.0.0.1', () => r()));
    const port = (busy.address() as { port: number }).port;
    expect(await checkPortFree('127.0.0.1', port)).toMatch(/already in use.*HEALTH_PORT/);
    busy.close();
    busy = undefined;
    await new Promise((r) => setTimeout(r, 20));
    expect(await checkPortFree('127.0.0.1', port)).toBeUndefined();
  });
});
