// The MCP servers of one workflow runtime (one call): connects the agents' declared servers at the
// start of the call, reports each server's state as one event and one log line, and hands every
// agent its MCP tools when the agent is built. A server that fails leaves the call running without
// its tools; it is retried on the next call (and on the next tool use once it had been up).
import { log } from '@livekit/agents';
import type { AgentSpec, AnyFunctionTool } from '../workflow/declaration.js';
import type { WorkflowEvents } from '../workflow/events.js';
import { asGuardList } from '../workflow/guards.js';
import type { WrapContext } from '../workflow/tool_wrap.js';
import type { McpConnection } from './connection.js';
import { buildMcpTools } from './mcp_tools.js';
import { mcpServerPool, type McpServerPool } from './pool.js';
import type { McpServerSpec } from './types.js';

interface Declared {
  spec: McpServerSpec;
  conn: McpConnection;
}

export class WorkflowMcpServers {
  private readonly byAgent = new Map<string, Declared[]>();
  private readonly reportedClashes = new Set<string>();
  private started?: Promise<void>;

  constructor(
    agents: Iterable<AgentSpec<unknown>>,
    private readonly events: WorkflowEvents,
    private readonly pool: McpServerPool = mcpServerPool,
  ) {
    for (const agent of agents) {
      if (!agent.mcpServers?.length) continue;
      this.byAgent.set(
        agent.id,
        agent.mcpServers.map((spec) => ({ spec, conn: pool.connection(spec) })),
      );
    }
  }

  get any(): boolean {
    return this.byAgent.size > 0;
  }

  /** Connect every declared server (in parallel, each within its startup time limit). */
  start(): Promise<void> {
    this.started ??= this.connectAll();
    return this.started;
  }

  private async connectAll(): Promise<void> {
    const agentsOf = new Map<McpConnection, string[]>();
    for (const [agent, list] of this.byAgent)
      for (const { conn } of list) agentsOf.set(conn, [...(agentsOf.get(conn) ?? []), agent]);
    const logger = log().child({ component: 'mcp' });
    await Promise.all(
      [...agentsOf].map(async ([conn, agents]) => {
        const ok = await conn.ensure();
        if (ok) {
          this.events.emitEvent({
            type: 'mcp_server',
            server: conn.name,
            agents,
            ok: true,
            tools: conn.tools.map((t) => t.name),
          });
          return;
        }
        const message = `MCP server "${conn.name}" (${conn.description}) failed to start: ${conn.lastError ?? 'unknown error'}. ${agents.length > 1 ? 'Agents' : 'Agent'} ${agents.join(', ')} will run this call without its tools.`;
        logger.warn({ server: conn.name, agents, error: conn.lastError }, message);
        this.events.emitEvent({
          type: 'mcp_server',
          server: conn.name,
          agents,
          ok: false,
          tools: [],
          error: message,
        });
      }),
    );
  }

  /** The MCP tools of an agent, wrapped like its business tools. `taken` holds names already used. */
  toolsFor<UD>(spec: AgentSpec<UD>, ctx: Omit<WrapContext<UD>, 'guards'>, taken: Set<string>): AnyFunctionTool[] {
    const tools: AnyFunctionTool[] = [];
    for (const { spec: server, conn } of this.byAgent.get(spec.id) ?? []) {
      // Tools listed once stay offered while the server is down: a call reconnects or fails clearly.
      if (conn.tools.length === 0) continue;
      const built = buildMcpTools(
        conn,
        server,
        { ...ctx, guards: [] },
        {
          taken,
          guardsFor: (name) => asGuardList(spec.guards?.[name]),
          examplesFor: (name) => spec.examples?.[name] ?? [],
        },
      );
      tools.push(...built.tools);
      for (const name of built.clashes) {
        const key = `${spec.id}/${name}`;
        if (this.reportedClashes.has(key)) continue;
        this.reportedClashes.add(key);
        const message = `MCP tool "${name}" from server "${conn.name}" clashes with another tool of agent ${spec.id} and was left out; set \`namespace: true\` on the server to prefix its tools.`;
        log().child({ component: 'mcp' }).warn({ server: conn.name, agent: spec.id, tool: name }, message);
        this.events.emitEvent({
          type: 'mcp_server',
          server: conn.name,
          agents: [spec.id],
          ok: true,
          tools: conn.tools.map((t) => t.name),
          error: message,
        });
      }
    }
    return tools;
  }

  /** End of the call: per-session connections close; shared ones stay up for the next call. */
  async close(): Promise<void> {
    for (const list of this.byAgent.values()) for (const { conn } of list) await this.pool.release(conn);
  }
}
