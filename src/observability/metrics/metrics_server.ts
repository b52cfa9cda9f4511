// The Prometheus endpoint: GET /metrics (this process plus whatever job processes pushed),
// GET /healthz, and POST /metrics/push for job processes (see metrics_push.ts). Binds to loopback
// unless told otherwise; the push endpoint is meant for processes on the same host.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { defaultMetrics, type SwitchboardMetrics } from './metrics.js';
import { MetricsAggregator, parseSnapshot } from './metrics_aggregate.js';

export const PUSH_PATH = '/metrics/push';
const MAX_PUSH_BYTES = 8 * 1024 * 1024;

export interface MetricsServer {
  /** Scrape URL (`http://host:port/metrics`). */
  readonly url: string;
  /** Where job processes on this host push their metrics (always a loopback URL). */
  readonly pushUrl: string;
  readonly port: number;
  close(): Promise<void>;
}

export interface MetricsServerOptions {
  port: number;
  /** Interface to bind (default 127.0.0.1). */
  host?: string;
  metrics?: SwitchboardMetrics;
  /** Accept snapshots pushed by job processes (default true). */
  acceptPush?: boolean;
  /** Fold a job process into the retired totals when it has not pushed for this long (default 60 s). */
  staleAfterMs?: number;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_PUSH_BYTES) {
        reject(new Error('The pushed snapshot is larger than 8 MB.'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Serve the metrics. Port 0 picks a free port (see `port` on the result). */
export async function startMetricsServer(options: MetricsServerOptions): Promise<MetricsServer> {
  const metrics = options.metrics ?? defaultMetrics();
  const host = options.host ?? '127.0.0.1';
  const aggregator = new MetricsAggregator(options.staleAfterMs);
  const acceptPush = options.acceptPush ?? true;

  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const text = (status: number, body: string) => res.writeHead(status, { 'Content-Type': 'text/plain' }).end(body);
    if (path === PUSH_PATH && acceptPush) {
      if (req.method !== 'POST') return void res.writeHead(405, { Allow: 'POST' }).end();
      readBody(req)
        .then(async (body) => {
          const snapshot = parseSnapshot(JSON.parse(body) as unknown);
          if (typeof snapshot === 'string') return text(400, `${snapshot}\n`);
          await aggregator.accept(snapshot);
          res.writeHead(204).end();
        })
        .catch((error: unknown) => text(400, `${(error as Error).message}\n`));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    if (path === '/metrics') {
      const body =
        aggregator.senders === 0 && !aggregator.hasRetired
          ? metrics.registry.metrics()
          : aggregator.aggregate(metrics.registry).then((r) => r.metrics());
      body.then(
        (b) => res.writeHead(200, { 'Content-Type': metrics.registry.contentType }).end(b),
        (error: unknown) => text(500, `metrics collection failed: ${(error as Error).message}\n`),
      );
      return;
    }
    if (path === '/healthz') return text(200, 'ok\n');
    text(404, 'not found: try /metrics\n');
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new Error(
          error.code === 'EADDRINUSE'
            ? `Port ${options.port} on ${host} is already in use: pick another metrics port.`
            : `Could not start the metrics server on ${host}:${options.port} (${error.message}).`,
        ),
      ),
    );
    server.listen(options.port, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  const loopback = host === '::' || host === '::1' ? '[::1]' : '127.0.0.1';
  return {
    url: `http://${shownHost}:${port}/metrics`,
    pushUrl: `http://${loopback}:${port}${PUSH_PATH}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
