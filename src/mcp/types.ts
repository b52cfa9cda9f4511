// How an agent declares an MCP server. Plain data so it can live in an agent spec file.

interface McpServerOptions {
  /** Name used in events, logs and the namespace prefix; defaults to the command or URL host. */
  name?: string;
  /** Only these MCP tools become agent tools (names as the server lists them). */
  allow?: string[];
  /** These MCP tools never become agent tools. */
  deny?: string[];
  /**
   * Prefix tool names to avoid clashes: `true` uses `<name>_`, a string is used as is.
   * Without it, a tool whose name is already taken on the agent is skipped (and reported).
   */
  namespace?: boolean | string;
  /** Time to connect and list tools before the call goes on without them (default 10 000 ms). */
  startupTimeoutMs?: number;
  /** Per-call time limit for this server's tools; default the agent's tool time limit. */
  toolTimeoutMs?: number;
  /**
   * Share one connection per worker process across sessions (default true). Set false for
   * servers that keep per-caller state; each session then gets its own connection.
   */
  shared?: boolean;
}

/** An MCP server started as a child process speaking JSON-RPC over stdio. */
export interface McpStdioServerSpec extends McpServerOptions {
  command: string;
  args?: string[];
  /** Extra environment for the child (added to a minimal safe default environment). */
  env?: Record<string, string>;
  /** Working directory of the child process. */
  cwd?: string;
}

/** An MCP server reached over streamable HTTP. */
export interface McpHttpServerSpec extends McpServerOptions {
  url: string;
  /** Sent with every request (e.g. `Authorization`); read secrets from env when building the spec. */
  headers?: Record<string, string>;
}

export type McpServerSpec = McpStdioServerSpec | McpHttpServerSpec;

export function isHttpSpec(spec: McpServerSpec): spec is McpHttpServerSpec {
  return typeof (spec as McpHttpServerSpec).url === 'string';
}

/** Short readable name of a server (never includes headers or env, which may hold secrets). */
export function serverName(spec: McpServerSpec): string {
  if (spec.name) return spec.name;
  if (isHttpSpec(spec)) {
    try {
      return new URL(spec.url).host;
    } catch {
      return 'http-server';
    }
  }
  const script = [...(spec.args ?? [])].reverse().find((a) => !a.startsWith('-'));
  const base = (script ?? spec.command).split(/[\\/]/).pop() ?? spec.command;
  return base.replace(/\.[cm]?[jt]s$/, '');
}

/** What the server is, for messages: the command line or URL without secrets. */
export function describeServer(spec: McpServerSpec): string {
  if (isHttpSpec(spec)) {
    try {
      const u = new URL(spec.url);
      return `${u.protocol}//${u.host}${u.pathname}`;
    } catch {
      return spec.url;
    }
  }
  return [spec.command, ...(spec.args ?? [])].join(' ');
}
