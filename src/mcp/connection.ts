// One live connection to an MCP server through the official SDK: connect with a time limit, list
// tools, call them, notice when the server goes away and reconnect on the next use.
import { log } from '@livekit/agents';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { getDefaultEnvironment, StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { ErrorCode, McpError, type CallToolResult, type Tool } from '@modelcontextprotocol/sdk/types.js';
import { describeServer, isHttpSpec, serverName, type McpServerSpec } from './types.js';

export type McpTool = Tool;

export type ConnectionState = 'idle' | 'connecting' | 'ready' | 'failed' | 'closed';

/** The server could not be reached (not started, died, or dropped the connection). */
export class McpUnavailableError extends Error {
  constructor(
    readonly server: string,
    readonly reason: string,
  ) {
    super(`MCP server "${server}" is not available: ${reason}`);
    this.name = 'McpUnavailableError';
  }
}

const DEFAULT_STARTUP_MS = 10_000;
// A server that failed to (re)start is not hammered: at most one attempt per interval.
const RECONNECT_INTERVAL_MS = 2_000;
const STDERR_TAIL = 2_000;

function errorText(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as { cause?: unknown }).cause;
    const more = cause instanceof Error && !error.message.includes(cause.message) ? ` (${cause.message})` : '';
    return `${error.message}${more}`;
  }
  return String(error);
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

export class McpConnection {
  readonly name: string;
  state: ConnectionState = 'idle';
  tools: McpTool[] = [];
  lastError?: string;
  /** Number of times the connection came back after being lost. */
  reconnects = 0;
  private client?: Client;
  private transport?: Transport;
  private attempt?: Promise<boolean>;
  private failedAt = 0;
  private stderrTail = '';
  private everReady = false;
  private readonly logger;

  constructor(readonly spec: McpServerSpec) {
    this.name = serverName(spec);
    this.logger = log().child({ component: 'mcp', server: this.name });
  }

  get description(): string {
    return describeServer(this.spec);
  }

  /** Connect (or reconnect) if needed; resolves true when tools can be called. */
  ensure(): Promise<boolean> {
    if (this.state === 'ready') return Promise.resolve(true);
    if (this.state === 'closed') return Promise.resolve(false);
    if (this.attempt) return this.attempt;
    if (this.state === 'failed' && Date.now() - this.failedAt < RECONNECT_INTERVAL_MS) return Promise.resolve(false);
    this.attempt = this.connect().finally(() => {
      this.attempt = undefined;
    });
    return this.attempt;
  }

  private async connect(): Promise<boolean> {
    this.state = 'connecting';
    this.stderrTail = '';
    const client = new Client({ name: 'switchboard', version: '0.1.0' });
    const transport = this.createTransport();
    let lost = false;
    client.onclose = () => {
      lost = true;
      if (this.client !== client || this.state === 'closed') return;
      this.markBroken(
        this.stderrTail ? `the server exited (${this.stderrTail.trim().slice(-300)})` : 'connection closed',
      );
    };
    // Transport errors are reported through calls and onclose; keep them out of stderr.
    client.onerror = (error) => this.logger.debug({ error: errorText(error) }, 'mcp transport error');
    const timeoutMs = this.spec.startupTimeoutMs ?? DEFAULT_STARTUP_MS;
    try {
      await withTimeout(
        (async () => {
          await client.connect(transport);
          const tools: McpTool[] = [];
          let cursor: string | undefined;
          do {
            const page = await client.listTools(cursor ? { cursor } : undefined);
            tools.push(...page.tools);
            cursor = page.nextCursor;
          } while (cursor);
          this.tools = tools;
        })(),
        timeoutMs,
        'starting the server and listing its tools',
      );
      if (lost) throw new Error('connection closed during startup');
      if (this.isClosed()) {
        await client.close().catch(() => {});
        return false;
      }
      this.client = client;
      this.transport = transport;
      if (this.everReady) this.reconnects += 1;
      this.everReady = true;
      this.state = 'ready';
      this.lastError = undefined;
      this.logger.debug({ tools: this.tools.map((t) => t.name), reconnects: this.reconnects }, 'mcp server ready');
      return true;
    } catch (error) {
      await client.close().catch(() => {});
      const tail = this.stderrTail.trim().split('\n').slice(-3).join(' | ');
      this.lastError = `${errorText(error)}${tail ? `; server said: ${tail.slice(-300)}` : ''}`;
      this.failedAt = Date.now();
      if (!this.isClosed()) this.state = 'failed';
      return false;
    }
  }

  // close() may run while a connect is awaited; read the state fresh.
  private isClosed(): boolean {
    return this.state === 'closed';
  }

  private createTransport(): Transport {
    const spec = this.spec;
    if (isHttpSpec(spec)) {
      return new StreamableHTTPClientTransport(new URL(spec.url), {
        requestInit: spec.headers ? { headers: spec.headers } : undefined,
        // Our own reconnect logic owns retries; the SDK's SSE retries would hide a dead server.
        reconnectionOptions: {
          maxReconnectionDelay: 1_000,
          initialReconnectionDelay: 200,
          reconnectionDelayGrowFactor: 1,
          maxRetries: 0,
        },
      });
    }
    const transport = new StdioClientTransport({
      command: spec.command,
      args: spec.args,
      // A minimal default environment: the child does not inherit the worker's secrets.
      env: { ...getDefaultEnvironment(), ...(spec.env ?? {}) },
      cwd: spec.cwd,
      stderr: 'pipe',
    });
    transport.stderr?.on('data', (chunk: Buffer) => {
      this.stderrTail = (this.stderrTail + chunk.toString()).slice(-STDERR_TAIL);
    });
    return transport;
  }

  private markBroken(reason: string): void {
    if (this.state === 'closed') return;
    const client = this.client;
    this.client = undefined;
    this.transport = undefined;
    this.state = 'failed';
    this.lastError = reason;
    this.logger.warn({ reason }, 'mcp server connection lost; will reconnect on next use');
    void client?.close().catch(() => {});
  }

  /** Call a tool. Throws McpUnavailableError when the server cannot be reached or dies mid-call. */
  async callTool(
    name: string,
    args: Record<string, unknown>,
    options: { signal?: AbortSignal; timeoutMs: number },
  ): Promise<CallToolResult> {
    if (!(await this.ensure()) || !this.client)
      throw new McpUnavailableError(this.name, this.lastError ?? 'not connected');
    const client = this.client;
    try {
      const result = await client.callTool({ name, arguments: args }, undefined, {
        signal: options.signal,
        // The workflow's time limit fires first; this only stops an orphaned request.
        timeout: options.timeoutMs + 1_000,
      });
      return result as CallToolResult;
    } catch (error) {
      if (options.signal?.aborted) throw error;
      const connectionLost =
        (error instanceof McpError && error.code === ErrorCode.ConnectionClosed) ||
        !(error instanceof McpError) ||
        this.client !== client;
      if (connectionLost) {
        this.markBroken(errorText(error));
        throw new McpUnavailableError(this.name, this.lastError ?? errorText(error));
      }
      throw error;
    }
  }

  /** The child process id of a stdio server (for shutdown on process exit). */
  get pid(): number | null {
    return this.transport instanceof StdioClientTransport ? this.transport.pid : null;
  }

  async close(): Promise<void> {
    this.state = 'closed';
    const client = this.client;
    this.client = undefined;
    this.transport = undefined;
    await this.attempt?.catch(() => false);
    await client?.close().catch(() => {});
  }
}
