// The part of `ws` (installed with @livekit/agents, which ships no types for it here) the fake
// LiveKit server uses.
declare module 'ws' {
  import type { IncomingMessage } from 'node:http';
  import type { AddressInfo } from 'node:net';

  export class WebSocket {
    send(data: Uint8Array): void;
    close(code?: number, reason?: string): void;
    terminate(): void;
    on(event: 'close', listener: () => void): this;
    on(event: 'message', listener: (data: Buffer) => void): this;
  }

  export class WebSocketServer {
    constructor(options: { host?: string; port?: number });
    on(event: 'connection', listener: (ws: WebSocket, req: IncomingMessage) => void): this;
    once(event: 'listening', listener: () => void): this;
    address(): AddressInfo | string;
    close(callback?: () => void): void;
  }
}
