// Real MCP servers (the SDK's own server classes) over stdio and streamable HTTP, driven through a
// workflow session: the agent's MCP tools are listed, called, time-limited, and fail clearly.
import { llm, voice } from '@livekit/agents';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { LocalPolicyLLM } from '../policy/index.js';
import { WorkflowFakeLLM } from '../testing/workflow_fake_llm.js';
import { defineWorkflow } from '../workflow/declaration.js';
import { SqliteOperatorQueue } from '../workflow/escalation/operator_queue.js';
import type { WorkflowEvent } from '../workflow/events.js';
import { WorkflowRuntime } from '../workflow/runtime.js';
// @ts-expect-error -- plain ESM fixture without types
import { createOrderServer } from './fixtures/order_server.mjs';
import { mcpServerPool } from './pool.js';
import type { McpServerSpec } from './types.js';

const FIXTURE = fileURLToPath(new URL('./fixtures/order_server.mjs', import.meta.url));
const stdio = (extra: Partial<McpServerSpec> & { env?: Record<string, string> } = {}): McpServerSpec => ({
  command: process.execPath,
  args: [FIXTURE],
  name: 'orders',
  ...extra,
});

type Script = ConstructorParameters<typeof WorkflowFakeLLM>[0];

const sessions: voice.AgentSession[] = [];
afterEach(async () => {
  await Promise.all(sessions.splice(0).map((s) => s.close()));
});
afterAll(() => mcpServerPool.closeAll());

async function start(servers: McpServerSpec[], script: Script | llm.LLM, opts: { toolTimeoutMs?: number } = {}) {
  const wf = defineWorkflow({
    name: 'mcp-desk',
    userData: z.object({}),
    start: 'desk',
    agents: [
      {
        id: 'desk',
        description: 'Answers questions about orders.',
        instructions: 'You help callers with their orders.',
        tools: { ping: llm.tool({ description: 'Check the line.', execute: async () => 'pong' }) },
        mcpServers: servers,
        canEndCall: true,
        toolTimeoutMs: opts.toolTimeoutMs,
      },
    ],
    edges: [],
  });
  const runtime = new WorkflowRuntime(wf, { operatorQueue: new SqliteOperatorQueue(':memory:') });
  const model = script instanceof llm.LLM ? script : new WorkflowFakeLLM(script);
  const session = new voice.AgentSession({ llm: model, userData: runtime.createUserData() });
  sessions.push(session as never);
  await runtime.start(session);
  const events = (type: WorkflowEvent['type']) => runtime.events.history.filter((e) => e.type === type);
  const run = (text: string) => session.run({ userInput: text }).wait();
  return { runtime, session, events, run };
}

const toolNames = (session: voice.AgentSession) =>
  Object.keys(session.currentAgent.toolCtx.functionTools)
    .filter((n) => n !== 'end_call')
    .sort();

describe('stdio MCP server', () => {
  it('lists its tools as agent tools (schema included) and calls them through the workflow wrapper', async () => {
    const t = await start(
      [stdio()],
      [{ input: 'where is A12345', toolCalls: [{ name: 'get_order_status', args: { order_id: 'A12345' } }] }],
    );
    expect(toolNames(t.session)).toEqual(['cancel_order', 'crash_server', 'get_order_status', 'ping', 'slow_report']);
    const tool = t.session.currentAgent.toolCtx.functionTools.get_order_status!;
    expect(tool.description).toBe('Look up the delivery status of an order by its order number.');
    expect(llm.toJsonSchema(tool.parameters as never)).toMatchObject({
      type: 'object',
      properties: { order_id: { type: 'string', pattern: '^[A-Z]\\d{5}$' } },
      required: ['order_id'],
    });
    expect(t.events('mcp_server')).toMatchObject([{ server: 'orders', ok: true, agents: ['desk'] }]);

    const r = await t.run('where is A12345');
    r.expect.nextEvent().isFunctionCall({ name: 'get_order_status' });
    const out = r.expect.nextEvent().isFunctionCallOutput({ isError: false }).event().item;
    expect(out.output).toContain('Order A12345 shipped yesterday');
    expect(t.events('tool_call')).toMatchObject([{ agent: 'desk', tool: 'get_order_status', ok: true }]);
  });

  it('rejects arguments that break the server schema before calling, with a sentence the model can act on', async () => {
    const t = await start(
      [stdio()],
      [{ input: 'where is 12', toolCalls: [{ name: 'get_order_status', args: { order_id: '12' } }] }],
    );
    const r = await t.run('where is 12');
    r.expect.nextEvent().isFunctionCall({ name: 'get_order_status' });
    const out = r.expect.nextEvent().isFunctionCallOutput({ isError: true }).event().item;
    expect(out.output).toMatch(/arguments for get_order_status are not valid .*pattern/);
  });

  it("passes a tool's own failure to the model as a ToolError and records it", async () => {
    const t = await start(
      [stdio()],
      [{ input: 'cancel A12345', toolCalls: [{ name: 'cancel_order', args: { order_id: 'A12345', note: null } }] }],
    );
    const r = await t.run('cancel A12345');
    r.expect.nextEvent().isFunctionCall({ name: 'cancel_order' });
    const out = r.expect.nextEvent().isFunctionCallOutput({ isError: true }).event().item;
    expect(out.output).toMatch(/cancel_order failed: .*already shipped and cannot be cancelled/);
    expect(t.events('tool_call')).toMatchObject([{ tool: 'cancel_order', ok: false, failure: 'error' }]);
  });

  it('applies the time limit to a hanging tool, and the server keeps serving', async () => {
    const t = await start(
      [stdio({ toolTimeoutMs: 300 })],
      [
        { input: 'report please', toolCalls: [{ name: 'slow_report', args: {} }] },
        { input: 'where is B22222', toolCalls: [{ name: 'get_order_status', args: { order_id: 'B22222' } }] },
      ],
    );
    const r = await t.run('report please');
    r.expect.nextEvent().isFunctionCall({ name: 'slow_report' });
    const out = r.expect.nextEvent().isFunctionCallOutput({ isError: true }).event().item;
    expect(out.output).toMatch(/slow_report did not answer within 0\.3 seconds/);
    expect(t.events('tool_call')).toMatchObject([
      { tool: 'slow_report', ok: false, timedOut: true, failure: 'timeout' },
    ]);

    const next = await t.run('where is B22222');
    next.expect.nextEvent().isFunctionCall({ name: 'get_order_status' });
    next.expect.nextEvent().isFunctionCallOutput({ isError: false });
  });

  it('fails a call clearly when the server dies mid-call, then reconnects on the next call', async () => {
    const spec = stdio({ shared: false });
    const t = await start(spec ? [spec] : [], [
      { input: 'restart it', toolCalls: [{ name: 'crash_server', args: {} }] },
      { input: 'where is C33333', toolCalls: [{ name: 'get_order_status', args: { order_id: 'C33333' } }] },
    ]);
    const conn = mcpServerPool.connections.find((c) => c.spec === spec)!;
    const firstPid = conn.pid;
    const r = await t.run('restart it');
    r.expect.nextEvent().isFunctionCall({ name: 'crash_server' });
    const out = r.expect.nextEvent().isFunctionCallOutput({ isError: true }).event().item;
    expect(out.output).toMatch(/crash_server is not available right now \(the orders service cannot be reached\)/);
    expect(conn.state).toBe('failed');

    const next = await t.run('where is C33333');
    next.expect.nextEvent().isFunctionCall({ name: 'get_order_status' });
    const ok = next.expect.nextEvent().isFunctionCallOutput({ isError: false }).event().item;
    expect(ok.output).toContain('Order C33333');
    expect(conn.reconnects).toBe(1);
    expect(conn.pid).not.toBe(firstPid);
  });

  it('reports a server that fails to start in one clear message, and the call goes on without its tools', async () => {
    const t = await start(
      [stdio({ env: { MODE: 'crash' } }), { command: 'no-such-mcp-server-binary', name: 'ghost' }],
      [{ input: 'ping', toolCalls: [{ name: 'ping', args: {} }] }],
    );
    const failures = t.events('mcp_server');
    expect(failures).toHaveLength(2);
    const crash = failures.find((e) => e.type === 'mcp_server' && e.server === 'orders');
    expect(crash).toMatchObject({ ok: false, agents: ['desk'] });
    expect((crash as { error: string }).error).toMatch(
      /^MCP server "orders" \(.*order_server\.mjs\) failed to start: .*ORDERS_DB_URL is not set.*Agent desk will run this call without its tools\.$/,
    );
    const ghost = failures.find((e) => e.type === 'mcp_server' && e.server === 'ghost');
    expect((ghost as { error: string }).error).toMatch(
      /MCP server "ghost" \(no-such-mcp-server-binary\) failed to start: .*ENOENT/,
    );
    expect(toolNames(t.session)).toEqual(['ping']);
    const r = await t.run('ping');
    r.expect.nextEvent().isFunctionCall({ name: 'ping' });
    r.expect.nextEvent().isFunctionCallOutput({ isError: false });
  });

  it('gives up on a server that never answers the handshake within its startup limit', async () => {
    const t = await start([stdio({ env: { MODE: 'silent' }, startupTimeoutMs: 500, name: 'mute' })], []);
    expect(t.events('mcp_server')).toMatchObject([{ server: 'mute', ok: false }]);
    expect((t.events('mcp_server')[0] as { error: string }).error).toMatch(/took longer than 500 ms/);
  });

  it('starts a shared server once per process and serves every session from it', async () => {
    const a = await start([stdio({ allow: ['get_order_status'] })], []);
    const b = await start([stdio({ deny: ['slow_report', 'crash_server'] })], []);
    const first = mcpServerPool.connection(stdio());
    expect(mcpServerPool.connection(stdio({ name: 'other-label' }))).toBe(first);
    expect(first.state).toBe('ready');
    expect(mcpServerPool.connections.filter((c) => c.pid === first.pid)).toHaveLength(1);
    // Allow/deny lists belong to each agent's declaration, not to the shared process.
    expect(toolNames(a.session)).toEqual(['get_order_status', 'ping']);
    expect(toolNames(b.session)).toEqual(['cancel_order', 'get_order_status', 'ping']);
  });

  it('filters with allow/deny lists and prefixes clashing names when asked', async () => {
    const t = await start(
      [
        stdio({ deny: ['crash_server', 'slow_report'] }),
        stdio({ env: { LABEL: 'archive' }, name: 'archive', namespace: true, allow: ['get_order_status'] }),
        stdio({ env: { LABEL: 'dupe' }, name: 'dupe', allow: ['get_order_status', 'cancel_order'] }),
      ],
      [{ input: 'old order', toolCalls: [{ name: 'archive_get_order_status', args: { order_id: 'Z99999' } }] }],
    );
    expect(toolNames(t.session)).toEqual(['archive_get_order_status', 'cancel_order', 'get_order_status', 'ping']);
    const clash = t.events('mcp_server').filter((e) => e.type === 'mcp_server' && e.error);
    expect(clash.map((e) => (e as { error: string }).error)).toEqual([
      expect.stringMatching(/"get_order_status" from server "dupe" clashes .* set `namespace: true`/),
      expect.stringMatching(/"cancel_order" from server "dupe" clashes/),
    ]);
    const r = await t.run('old order');
    r.expect.nextEvent().isFunctionCall({ name: 'archive_get_order_status' });
    const out = r.expect.nextEvent().isFunctionCallOutput({ isError: false }).event().item;
    expect(out.output).toContain('via archive');
  });
});

describe('streamable HTTP MCP server', () => {
  let http: Server | undefined;
  let calls = 0;
  const stop = (server: Server | undefined) =>
    new Promise((r) => {
      if (!server?.listening) return r(undefined);
      server.close(r);
      server.closeAllConnections();
    });
  afterEach(async () => {
    await stop(http);
    http = undefined;
  });

  async function serve(): Promise<string> {
    http = createServer(async (req, res) => {
      if (req.headers.authorization !== 'Bearer test-token') {
        res.writeHead(401).end('unauthorised');
        return;
      }
      calls += 1;
      // Stateless: a fresh server and transport per request, as the SDK recommends for simple servers.
      const server = createOrderServer('http');
      const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
      res.on('close', () => void transport.close().then(() => server.close()));
      await server.connect(transport);
      await transport.handleRequest(req, res);
    });
    await new Promise<void>((r) => http!.listen(0, '127.0.0.1', r));
    return `http://127.0.0.1:${(http.address() as AddressInfo).port}/mcp`;
  }

  it('connects with headers, lists and calls tools, and passes tool errors on', async () => {
    const url = await serve();
    const t = await start(
      [{ url, headers: { Authorization: 'Bearer test-token' }, name: 'web-orders' }],
      [
        { input: 'where is D44444', toolCalls: [{ name: 'get_order_status', args: { order_id: 'D44444' } }] },
        { input: 'cancel D44444', toolCalls: [{ name: 'cancel_order', args: { order_id: 'D44444' } }] },
      ],
    );
    expect(t.events('mcp_server')).toMatchObject([{ server: 'web-orders', ok: true }]);
    expect(calls).toBeGreaterThan(0);
    const r = await t.run('where is D44444');
    r.expect.nextEvent().isFunctionCall({ name: 'get_order_status' });
    expect(r.expect.nextEvent().isFunctionCallOutput({ isError: false }).event().item.output).toContain('via http');
    const c = await t.run('cancel D44444');
    c.expect.nextEvent().isFunctionCall({ name: 'cancel_order' });
    expect(c.expect.nextEvent().isFunctionCallOutput({ isError: true }).event().item.output).toMatch(/already shipped/);
  });

  it('reports a refused connection (wrong token) as a startup failure without leaking the header', async () => {
    const url = await serve();
    const t = await start([{ url, headers: { Authorization: 'Bearer wrong-secret' }, name: 'web-orders' }], []);
    const [event] = t.events('mcp_server') as { ok: boolean; error: string }[];
    expect(event!.ok).toBe(false);
    expect(event!.error).toMatch(/MCP server "web-orders" \(http:\/\/127\.0\.0\.1:\d+\/mcp\) failed to start/);
    expect(event!.error).not.toContain('wrong-secret');
  });

  it('fails a call clearly when the HTTP server goes away, and reconnects when it is back', async () => {
    const url = await serve();
    const port = new URL(url).port;
    const t = await start(
      [{ url, headers: { Authorization: 'Bearer test-token' }, name: 'flaky' }],
      [
        { input: 'first', toolCalls: [{ name: 'get_order_status', args: { order_id: 'E55555' } }] },
        { input: 'second', toolCalls: [{ name: 'get_order_status', args: { order_id: 'E55555' } }] },
      ],
    );
    await stop(http);
    const r = await t.run('first');
    r.expect.nextEvent().isFunctionCall({ name: 'get_order_status' });
    expect(r.expect.nextEvent().isFunctionCallOutput({ isError: true }).event().item.output).toMatch(
      /not available right now \(the flaky service cannot be reached\)/,
    );
    await new Promise<void>((resolve) => http!.listen(Number(port), '127.0.0.1', resolve));
    const next = await t.run('second');
    next.expect.nextEvent().isFunctionCall({ name: 'get_order_status' });
    expect(next.expect.nextEvent().isFunctionCallOutput({ isError: false }).event().item.output).toContain('E55555');
  });
});

describe('offline policy with an MCP-backed agent', () => {
  it('picks an MCP tool from its name, description and schema alone', async () => {
    const t = await start([stdio()], new LocalPolicyLLM());
    const r = await t.run('Can you check the delivery status of my order A12345?');
    r.expect.containsFunctionCall({ name: 'get_order_status', args: { order_id: 'A12345' } });
    const ev = t.events('tool_call').find((e) => e.type === 'tool_call' && e.tool === 'get_order_status');
    expect(ev).toMatchObject({ ok: true });
  });
});
