// An OpenAI-compatible chat-completions server for tests, on plain node:http: real SSE, tool-call
// deltas split across chunks, `data: [DONE]`, and switchable faults (5xx, 429 + Retry-After, slow,
// hang, stall after headers, malformed chunk, mid-stream disconnect, empty completion, invalid
// tool-call JSON). Point the real `@livekit/agents-plugin-openai` LLM at `server.baseURL`; nothing
// below HTTP is mocked. The model behind it is a plain function, usually `schemaFollowingModel`.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Socket } from 'node:net';
import { parseEntryTag } from '../workflow/tool_meta.js';
import { plainOutput } from '../console/event_stream.js';

/** One message as the client sent it. */
export interface ChatRequestMessage {
  role: 'system' | 'developer' | 'user' | 'assistant' | 'tool';
  content?: string | null | Array<{ type: string; text?: string }>;
  tool_calls?: Array<{ id: string; type: 'function'; function: { name: string; arguments: string } }>;
  tool_call_id?: string;
  name?: string;
}

export interface ChatRequestTool {
  type: 'function';
  function: { name: string; description?: string; parameters?: JsonSchemaObject };
}

export interface JsonSchemaObject {
  type?: string | string[];
  properties?: Record<string, JsonSchemaProperty>;
  required?: string[];
  [key: string]: unknown;
}

export interface JsonSchemaProperty {
  type?: string | string[];
  anyOf?: JsonSchemaProperty[];
  description?: string;
  [key: string]: unknown;
}

export interface ChatCompletionRequest {
  model: string;
  messages: ChatRequestMessage[];
  tools?: ChatRequestTool[];
  tool_choice?: unknown;
  stream?: boolean;
  [key: string]: unknown;
}

/** What the model answers for one request: text, tool calls, or both. */
export interface ModelTurn {
  content?: string;
  /** `arguments` as an object (serialised for you) or as the raw text to send. */
  toolCalls?: Array<{ name: string; arguments: Record<string, unknown> | string }>;
}

export type ScriptedModel = (request: ChatCompletionRequest, view: RequestView) => ModelTurn;

/** A request as seen by tests: the parsed body plus the facts tests usually ask about. */
export interface RequestView {
  body: ChatCompletionRequest;
  /** The Authorization header's bearer token (tests check which key was sent). */
  apiKey?: string;
  /** Text of the latest caller message. */
  lastUserText?: string;
  /** Set when this request is an agent's entry turn (the workflow's `[on enter: ...]` tag). */
  entry?: { agent: string; from?: string; isReturn: boolean };
  /** Names of the tools offered. */
  toolNames: string[];
  /** The last message is a tool result: the model is asked to react to it. */
  afterTool?: { name?: string; output: string };
  /** The fault this request was answered with, if any. */
  fault?: Fault['type'];
}

export type Fault =
  | { type: 'status'; status: number; message?: string }
  | { type: 'rate_limit'; retryAfterSeconds?: number }
  | { type: 'slow'; delayMs: number }
  | { type: 'hang' }
  | { type: 'stall_after_headers' }
  | { type: 'malformed_chunk' }
  | { type: 'disconnect' }
  | { type: 'empty' }
  | { type: 'invalid_tool_json' };

export interface OpenAITestServerOptions {
  model?: ScriptedModel;
  /** Interface to bind (default 127.0.0.1). */
  host?: string;
  /** Characters per streamed text chunk (default 12) and per tool-argument chunk (default 7). */
  textChunkChars?: number;
  argumentChunkChars?: number;
}

export interface OpenAITestServer {
  /** Base URL for the OpenAI client, e.g. `http://127.0.0.1:40123/v1`. */
  readonly baseURL: string;
  readonly port: number;
  /** Every chat request received, in order (including faulted ones). */
  readonly requests: RequestView[];
  /** Answer the next `times` requests (default: every request until cleared) with this fault. */
  setFault(fault: Fault | undefined, options?: { times?: number }): void;
  setModel(model: ScriptedModel): void;
  close(): Promise<void>;
}

function textOf(content: ChatRequestMessage['content']): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map((p) => p.text ?? '').join('');
  return '';
}

function viewOf(body: ChatCompletionRequest, apiKey: string | undefined): RequestView {
  const messages = body.messages ?? [];
  const system = messages.find((m) => m.role === 'system' || m.role === 'developer');
  const lastUser = [...messages].reverse().find((m) => m.role === 'user');
  const last = messages.at(-1);
  let afterTool: RequestView['afterTool'];
  if (last?.role === 'tool') {
    const call = messages.flatMap((m) => m.tool_calls ?? []).find((c) => c.id === last.tool_call_id);
    afterTool = { name: call?.function.name ?? last.name, output: textOf(last.content) };
  }
  return {
    body,
    apiKey,
    lastUserText: lastUser ? textOf(lastUser.content) : undefined,
    entry: system ? parseEntryTag(textOf(system.content)) : undefined,
    toolNames: (body.tools ?? []).map((t) => t.function.name),
    afterTool,
  };
}

function chunks(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out.length ? out : [''];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Start the server on a free port. */
export async function startOpenAITestServer(options: OpenAITestServerOptions = {}): Promise<OpenAITestServer> {
  let model: ScriptedModel = options.model ?? (() => ({ content: 'Hello.' }));
  let fault: { fault: Fault; remaining?: number } | undefined;
  const requests: RequestView[] = [];
  const sockets = new Set<Socket>();
  const textSize = options.textChunkChars ?? 12;
  const argSize = options.argumentChunkChars ?? 7;
  let seq = 0;

  const takeFault = (): Fault | undefined => {
    if (!fault) return undefined;
    const current = fault.fault;
    if (fault.remaining !== undefined && --fault.remaining <= 0) fault = undefined;
    return current;
  };

  const stream = async (res: ServerResponse, view: RequestView, active: Fault | undefined): Promise<void> => {
    const id = `chatcmpl-test-${++seq}`;
    const created = Math.floor(Date.now() / 1000);
    const send = (choice: Record<string, unknown> | undefined, extra: Record<string, unknown> = {}) =>
      res.write(
        `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model: view.body.model, choices: choice ? [{ index: 0, ...choice }] : [], ...extra })}\n\n`,
      );
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache', Connection: 'keep-alive' });
    send({ delta: { role: 'assistant', content: '' }, finish_reason: null });
    if (active?.type === 'stall_after_headers') return; // never another byte; the client must give up
    if (active?.type === 'malformed_chunk') {
      res.write('data: {"id": "broken", "choices": [{"delta": {"content": "Hel\n\n');
      res.end();
      return;
    }
    if (active?.type === 'empty') {
      send({ delta: {}, finish_reason: 'stop' });
      res.write('data: [DONE]\n\n');
      res.end();
      return;
    }
    const turn = model(view.body, view);
    if (active?.type === 'disconnect') {
      const text = turn.content || 'I was about to say something';
      send({ delta: { content: text.slice(0, Math.max(1, Math.floor(text.length / 3))) }, finish_reason: null });
      await sleep(5);
      res.socket?.destroy();
      return;
    }
    for (const piece of turn.content ? chunks(turn.content, textSize) : []) {
      send({ delta: { content: piece }, finish_reason: null });
      await sleep(1);
    }
    const calls = turn.toolCalls ?? [];
    calls.forEach((call, index) => {
      let args = typeof call.arguments === 'string' ? call.arguments : JSON.stringify(call.arguments);
      // A model that loses track mid-call: the JSON is cut short and a quote goes missing.
      if (active?.type === 'invalid_tool_json')
        args = `${args.slice(0, Math.max(2, args.length - 3)).replace('"', '')}`;
      send({
        delta: {
          tool_calls: [
            { index, id: `call_${seq}_${index}`, type: 'function', function: { name: call.name, arguments: '' } },
          ],
        },
        finish_reason: null,
      });
      for (const piece of chunks(args, argSize))
        send({ delta: { tool_calls: [{ index, function: { arguments: piece } }] }, finish_reason: null });
    });
    send({ delta: {}, finish_reason: calls.length ? 'tool_calls' : 'stop' });
    send(undefined, { usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 } });
    res.write('data: [DONE]\n\n');
    res.end();
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    if (req.method === 'GET' && path.endsWith('/models')) {
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ object: 'list', data: [] }));
      return;
    }
    if (req.method !== 'POST' || !path.endsWith('/chat/completions')) {
      res
        .writeHead(404, { 'Content-Type': 'application/json' })
        .end(JSON.stringify({ error: { message: 'not found' } }));
      return;
    }
    const raw = await new Promise<string>((resolve, reject) => {
      const parts: Buffer[] = [];
      req.on('data', (c: Buffer) => parts.push(c));
      req.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
      req.on('error', reject);
    });
    let body: ChatCompletionRequest;
    try {
      body = JSON.parse(raw) as ChatCompletionRequest;
    } catch {
      res
        .writeHead(400, { 'Content-Type': 'application/json' })
        .end(JSON.stringify({ error: { message: 'bad JSON' } }));
      return;
    }
    const auth = req.headers.authorization;
    const view = viewOf(body, auth?.startsWith('Bearer ') ? auth.slice(7) : undefined);
    const active = takeFault();
    view.fault = active?.type;
    requests.push(view);
    const error = (status: number, message: string, headers: Record<string, string> = {}) =>
      res
        .writeHead(status, { 'Content-Type': 'application/json', ...headers })
        .end(JSON.stringify({ error: { message, type: 'server_error', code: status } }));
    switch (active?.type) {
      case 'status':
        error(active.status, active.message ?? 'The model is unavailable.');
        return;
      case 'rate_limit':
        error(429, 'Rate limit reached.', { 'Retry-After': String(active.retryAfterSeconds ?? 20) });
        return;
      case 'hang':
        return; // keep the socket open and silent until the client gives up
      case 'slow':
        await sleep(active.delayMs);
        break;
      default:
        break;
    }
    if (body.stream === false) {
      const turn = model(body, view);
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(
        JSON.stringify({
          id: `chatcmpl-test-${++seq}`,
          object: 'chat.completion',
          model: body.model,
          choices: [{ index: 0, message: { role: 'assistant', content: turn.content ?? '' }, finish_reason: 'stop' }],
        }),
      );
      return;
    }
    await stream(res, view, active);
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent)
        res
          .writeHead(500, { 'Content-Type': 'application/json' })
          .end(JSON.stringify({ error: { message: String(e) } }));
      else res.end();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, options.host ?? '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    baseURL: `http://${options.host ?? '127.0.0.1'}:${port}/v1`,
    port,
    requests,
    setFault(next, opts = {}) {
      fault = next ? { fault: next, remaining: opts.times } : undefined;
    },
    setModel(next) {
      model = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

// ---------------------------------------------------------------------------------------------
// A deterministic "strict schema-following" model.

export interface SchemaFollowingRule {
  /** Caller words that trigger the rule: a case-insensitive substring or a RegExp. */
  caller: string | RegExp;
  /** Call this tool, when the current agent offers it (otherwise the next rule is tried). */
  call?: string;
  /** Arguments the model has for the call; every other nullable field is sent as `null`. */
  args?: Record<string, unknown>;
  /** Say this (together with the call, or alone). */
  say?: string;
}

export interface SchemaFollowingOptions {
  rules: SchemaFollowingRule[];
  /** What an agent says when it takes over (default: names the agent and asks how to help). */
  greet?: (entry: NonNullable<RequestView['entry']>) => string;
  /** What it says after a tool result (default: acknowledges and repeats the result). */
  afterTool?: (tool: NonNullable<RequestView['afterTool']>) => string;
  /** What it says when no rule matches. */
  otherwise?: string;
}

function allowsNull(prop: JsonSchemaProperty | undefined): boolean {
  if (!prop) return false;
  const types = Array.isArray(prop.type) ? prop.type : [prop.type];
  return types.includes('null') || (prop.anyOf ?? []).some((p) => allowsNull(p));
}

/**
 * A model that follows each tool's JSON schema to the letter, like hosted models in strict mode:
 * every property in the schema is sent, and one it has no value for is `null` when the schema
 * allows null (a required non-nullable one is left out, which the tool's validation reports).
 */
export function schemaFollowingModel(options: SchemaFollowingOptions): ScriptedModel {
  return (body, view) => {
    if (view.afterTool) {
      const output = plainOutput(view.afterTool.output);
      return { content: options.afterTool?.(view.afterTool) ?? `Okay. ${output}` };
    }
    if (view.entry) {
      return {
        content:
          options.greet?.(view.entry) ??
          (view.entry.isReturn
            ? `Welcome back to ${view.entry.agent}. Is there anything else?`
            : `This is ${view.entry.agent}. How can I help?`),
      };
    }
    const system = textOf(body.messages.find((m) => m.role === 'system' || m.role === 'developer')?.content);
    if (!body.tools?.length && /summari[sz]e/i.test(system)) {
      // A history summary request (no tools): a short, deterministic summary of the transcript.
      return { content: `Summary: ${(view.lastUserText ?? '').replace(/\s+/g, ' ').slice(0, 160)}` };
    }
    const said = (view.lastUserText ?? '').toLowerCase();
    const toolsAllowed = body.tool_choice !== 'none';
    for (const rule of options.rules) {
      const hit = typeof rule.caller === 'string' ? said.includes(rule.caller.toLowerCase()) : rule.caller.test(said);
      if (!hit) continue;
      if (rule.call) {
        const tool = (body.tools ?? []).find((t) => t.function.name === rule.call);
        if (!tool || !toolsAllowed) continue;
        const args: Record<string, unknown> = {};
        const params = tool.function.parameters ?? {};
        for (const [key, prop] of Object.entries(params.properties ?? {})) {
          if (rule.args && key in rule.args) args[key] = rule.args[key];
          else if (allowsNull(prop)) args[key] = null;
        }
        for (const [key, value] of Object.entries(rule.args ?? {})) if (!(key in args)) args[key] = value;
        return { content: rule.say, toolCalls: [{ name: rule.call, arguments: args }] };
      }
      if (rule.say) return { content: rule.say };
    }
    return { content: options.otherwise ?? 'Could you tell me a little more about that?' };
  };
}
