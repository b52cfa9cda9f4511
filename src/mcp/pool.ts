// MCP servers are started once per worker process and shared by every session that declares the
// same server (same command/args/env or URL/headers). Servers marked `shared: false` get one
// connection per session instead. Everything is closed on shutdown.
import { McpConnection } from './connection.js';
import { isHttpSpec, type McpServerSpec } from './types.js';

/** Identity of a server: what makes two declarations the same process/endpoint. */
export function serverKey(spec: McpServerSpec): string {
  return isHttpSpec(spec)
    ? JSON.stringify(['http', spec.url, spec.headers ?? {}])
    : JSON.stringify(['stdio', spec.command, spec.args ?? [], spec.env ?? {}, spec.cwd ?? '']);
}

export class McpServerPool {
  private readonly shared = new Map<string, McpConnection>();
  private readonly owned = new Set<McpConnection>();
  private exitHookInstalled = false;

  /** The connection for a spec: the process-wide one, or a new private one when `shared: false`. */
  connection(spec: McpServerSpec): McpConnection {
    this.installExitHook();
    if (spec.shared === false) {
      const own = new McpConnection(spec);
      this.owned.add(own);
      return own;
    }
    const key = serverKey(spec);
    let conn = this.shared.get(key);
    if (!conn || conn.state === 'closed') {
      conn = new McpConnection(spec);
      this.shared.set(key, conn);
    }
    return conn;
  }

  /** Close a private (per-session) connection. Shared ones stay up for the next session. */
  async release(conn: McpConnection): Promise<void> {
    if (!this.owned.delete(conn)) return;
    await conn.close();
  }

  /** Every connection currently held. */
  get connections(): McpConnection[] {
    return [...this.shared.values(), ...this.owned];
  }

  /** Close every server (worker shutdown, console exit, test teardown). */
  async closeAll(): Promise<void> {
    const all = this.connections;
    this.shared.clear();
    this.owned.clear();
    await Promise.all(all.map((c) => c.close()));
  }

  // If the process exits without closeAll (a crash, process.exit), child servers must not linger.
  private installExitHook(): void {
    if (this.exitHookInstalled) return;
    this.exitHookInstalled = true;
    process.once('exit', () => {
      for (const conn of this.connections) {
        const pid = conn.pid;
        if (pid) {
          try {
            process.kill(pid, 'SIGTERM');
          } catch {
            // Already gone.
          }
        }
      }
    });
  }
}

/** The worker process's pool. */
export const mcpServerPool = new McpServerPool();

/** Close every MCP server this process started (call on shutdown). */
export function closeMcpServers(): Promise<void> {
  return mcpServerPool.closeAll();
}
