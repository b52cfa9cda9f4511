// A stand-in for the LiveKit server's agent endpoint (/agent, protobuf over WebSocket): it registers
// workers, offers jobs and records what workers report. Enough to drive the real worker process
// through readiness, an outage and a drain, without a LiveKit server.
import {
  AvailabilityRequest,
  Job,
  JobType,
  RegisterWorkerResponse,
  Room,
  ServerMessage,
  WorkerMessage,
  WorkerStatus,
} from '@livekit/protocol';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export { WorkerStatus };

export class FakeLiveKit {
  readonly received: WorkerMessage[] = [];
  /** Set to false to refuse new worker connections (an outage). */
  accepting = true;
  private readonly wss: WebSocketServer;
  private readonly sockets = new Set<WebSocket>();
  private readonly waiters: { test: (m: WorkerMessage) => boolean; done: (m: WorkerMessage) => void }[] = [];

  private constructor(
    readonly port: number,
    wss: WebSocketServer,
  ) {
    this.wss = wss;
    wss.on('connection', (ws, req) => {
      if (!this.accepting || !req.url?.startsWith('/agent')) return ws.close(1013, 'unavailable');
      this.sockets.add(ws);
      ws.on('close', () => this.sockets.delete(ws));
      ws.on('message', (data: Buffer) => this.onMessage(ws, WorkerMessage.fromBinary(new Uint8Array(data))));
    });
  }

  static async start(): Promise<FakeLiveKit> {
    const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise<void>((resolve) => wss.once('listening', resolve));
    return new FakeLiveKit((wss.address() as AddressInfo).port, wss);
  }

  get url(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  get connected(): number {
    return this.sockets.size;
  }

  private onMessage(ws: WebSocket, msg: WorkerMessage): void {
    this.received.push(msg);
    if (msg.message.case === 'register')
      this.send(ws, { case: 'register', value: new RegisterWorkerResponse({ workerId: 'W_fake' }) });
    for (const w of [...this.waiters])
      if (w.test(msg)) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.done(msg);
      }
  }

  private send(ws: WebSocket, message: ServerMessage['message']): void {
    ws.send(new ServerMessage({ message }).toBinary());
  }

  /** Resolves with the first message (already received or future) that passes `test`. */
  next(test: (m: WorkerMessage) => boolean, timeoutMs = 20_000): Promise<WorkerMessage> {
    const seen = this.received.find(test);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error('fake LiveKit: expected worker message not received')),
        timeoutMs,
      );
      this.waiters.push({ test, done: (m) => (clearTimeout(timer), resolve(m)) });
    });
  }

  /** Offers a call; resolves with whether the worker accepts it. */
  async dispatch(jobId: string): Promise<boolean> {
    const ws = [...this.sockets][0];
    if (!ws) throw new Error('fake LiveKit: no worker connected');
    const job = new Job({
      id: jobId,
      type: JobType.JT_ROOM,
      room: new Room({ sid: `RM_${jobId}`, name: `room-${jobId}` }),
    });
    this.send(ws, { case: 'availability', value: new AvailabilityRequest({ job }) });
    const answer = await this.next((m) => m.message.case === 'availability' && m.message.value.jobId === jobId);
    const available = answer.message.case === 'availability' && answer.message.value.available;
    return available;
  }

  /** Drops every worker connection (LiveKit restarting or unreachable). */
  dropConnections(): void {
    for (const ws of this.sockets) ws.terminate();
  }

  async close(): Promise<void> {
    this.dropConnections();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }
}
