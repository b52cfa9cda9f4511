// The real worker entry (src/worker/main.ts, `start`) against a fake LiveKit agent endpoint: the
// probes in deploy/k8s answer as the manifests assume, and SIGTERM drains instead of cutting calls.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIVENESS_PATH, READINESS_PATH } from '../../src/worker/lifecycle.js';
import { FakeLiveKit, WorkerStatus } from './fake_livekit.js';
import { fromRoot } from './kustomize.js';

const DRAIN_SECONDS = 8;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function until<T>(what: string, fn: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('worker lifecycle in a cluster (real worker process, fake LiveKit)', () => {
  let livekit: FakeLiveKit;
  let worker: ChildProcess;
  let healthPort: number;
  let dir: string;
  let log = '';
  let exit: Promise<{ code: number | null; at: number }>;

  const get = async (path: string) => {
    const res = await fetch(`http://127.0.0.1:${healthPort}${path}`);
    return { status: res.status, body: await res.text() };
  };

  beforeAll(async () => {
    livekit = await FakeLiveKit.start();
    healthPort = await freePort();
    dir = mkdtempSync(join(tmpdir(), 'switchboard-worker-'));
    worker = spawn(process.execPath, ['--import', 'tsx', 'src/worker/main.ts', 'start'], {
      cwd: fromRoot(),
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        LIVEKIT_URL: livekit.url,
        LIVEKIT_API_KEY: 'devkey',
        LIVEKIT_API_SECRET: 'a-secret-long-enough-for-the-token-signer',
        HEALTH_HOST: '127.0.0.1',
        HEALTH_PORT: String(healthPort),
        METRICS_PORT: '0',
        NUM_IDLE_PROCESSES: '0',
        DRAIN_TIMEOUT_SECONDS: String(DRAIN_SECONDS),
        SWITCHBOARD_DB: join(dir, 'records.db'),
        OPERATOR_QUEUE_DB: join(dir, 'queue.db'),
        SUPPORT_DESK_DB: join(dir, 'desk.db'),
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    worker.stdout!.on('data', (d: Buffer) => (log += d.toString()));
    worker.stderr!.on('data', (d: Buffer) => (log += d.toString()));
    exit = new Promise((resolve) => worker.on('exit', (code) => resolve({ code, at: Date.now() })));
  }, 60_000);

  afterAll(async () => {
    if (worker.exitCode === null && worker.signalCode === null) worker.kill('SIGKILL');
    await livekit.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is live before LiveKit answers, ready only once registered, not ready (but live) during an outage', async () => {
    // Boot includes the framework's inference process (turn detector), tens of seconds on a busy
    // machine: the startupProbe in deployment.yaml allows for it.
    await until('liveness', async () => ((await get(LIVENESS_PATH)).status === 200 ? true : undefined), 180_000);
    await livekit.next((m) => m.message.case === 'register');
    await until('readiness', async () => ((await get(READINESS_PATH)).status === 200 ? true : undefined));

    // LiveKit goes away: readiness fails (no new pod should count on this one), liveness holds.
    livekit.accepting = false;
    livekit.dropConnections();
    const notReady = await until('not ready', async () => {
      const r = await get(READINESS_PATH);
      return r.status === 503 ? r : undefined;
    });
    expect(notReady.body).toMatch(/not connected to livekit/);
    expect((await get(LIVENESS_PATH)).status).toBe(200);

    // It reconnects by itself when LiveKit is back.
    livekit.accepting = true;
    await until('ready again', async () => ((await get(READINESS_PATH)).status === 200 ? true : undefined), 40_000);
    expect(worker.exitCode).toBeNull();
    // The reconnect attempts were logged as routine warnings: one line each, no stack trace.
    const warnings = log.split('\n').filter((line) => line.includes('"level":40'));
    expect(
      warnings.some((line) => /connect/i.test(line)),
      log.slice(-2000),
    ).toBe(true);
    expect(warnings.filter((line) => line.includes('"stack"'))).toEqual([]);
  }, 300_000);

  it('on SIGTERM drains: tells LiveKit it is full, refuses new calls, then exits 143', async () => {
    await until('readiness', async () => ((await get(READINESS_PATH)).status === 200 ? true : undefined), 180_000);
    worker.kill('SIGTERM');
    // Nothing in our entry exits early: the framework's drain runs (status FULL, calls refused).
    await livekit.next((m) => m.message.case === 'updateWorker' && m.message.value.status === WorkerStatus.WS_FULL);
    expect(await livekit.dispatch('J_after_sigterm')).toBe(false);
    const { code } = await exit;
    expect(code, log.slice(-2000)).toBe(143);
    expect(log).toMatch(/Worker is draining and no longer available/);
  }, 240_000);
});
