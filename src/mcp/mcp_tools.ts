// An MCP server's tools as agent tools. Each goes through the workflow's own tool wrapper, so it
// gets the same guards, time limit, events and records as a business tool; arguments are checked
// against the server's JSON Schema before the call, and results come back as text for the model.
import { llm } from '@livekit/agents';
import { AjvJsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/ajv';
import type { JsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/types.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { AnyFunctionTool } from '../workflow/declaration.js';
import { wrapTool, type WrapContext } from '../workflow/tool_wrap.js';
import { McpUnavailableError, type McpConnection, type McpTool } from './connection.js';
import { serverName, type McpServerSpec } from './types.js';

type JsonObject = Record<string, unknown>;

const validators = new AjvJsonSchemaValidator();
const compiled = new WeakMap<object, JsonSchemaValidator<unknown> | null>();

/** The schema the model sees: the server's input schema, as an object schema without meta keys. */
export function llmSchema(input: McpTool['inputSchema'] | undefined): JsonObject {
  const { $schema: _meta, ...rest } = (input ?? {}) as JsonObject;
  return { ...rest, type: 'object', properties: (rest.properties as JsonObject | undefined) ?? {} };
}

function validatorFor(schema: JsonObject): JsonSchemaValidator<unknown> | null {
  if (compiled.has(schema)) return compiled.get(schema)!;
  let validator: JsonSchemaValidator<unknown> | null;
  try {
    validator = validators.getValidator(schema as never);
  } catch {
    // A schema our validator cannot compile: the server still validates on its side.
    validator = null;
  }
  compiled.set(schema, validator);
  return validator;
}

/** Models often send `null` for optional arguments they skip; drop those the schema does not allow. */
export function dropSkippedNulls(args: JsonObject, schema: JsonObject): JsonObject {
  const props = (schema.properties ?? {}) as Record<string, JsonObject>;
  const required = new Set((schema.required as string[] | undefined) ?? []);
  const allowsNull = (p: JsonObject | undefined): boolean => {
    if (!p) return false;
    const t = p.type;
    if (t === 'null' || (Array.isArray(t) && t.includes('null'))) return true;
    const variants = (p.anyOf ?? p.oneOf) as JsonObject[] | undefined;
    return Array.isArray(variants) && variants.some(allowsNull);
  };
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(args ?? {})) {
    if (value === null && !required.has(key) && !allowsNull(props[key])) continue;
    out[key] = value;
  }
  return out;
}

/** MCP content blocks as one text the model can read. */
export function resultText(result: CallToolResult): string {
  const parts: string[] = [];
  for (const block of result.content ?? []) {
    if (block.type === 'text') parts.push(block.text);
    else if (block.type === 'resource' && 'text' in block.resource) parts.push(String(block.resource.text));
    else if (block.type === 'resource_link') parts.push(`[resource ${block.name}: ${block.uri}]`);
    else parts.push(`[${block.type} content]`);
  }
  if (parts.length === 0 && result.structuredContent !== undefined)
    parts.push(JSON.stringify(result.structuredContent));
  return parts.join('\n').trim();
}

/** Tool names the model may call: letters, digits, `_` and `-`, at most 64 characters. */
export function modelToolName(name: string, prefix = ''): string {
  return `${prefix}${name}`.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 64);
}

export function namespacePrefix(spec: McpServerSpec, server: string): string {
  if (!spec.namespace) return '';
  const base = typeof spec.namespace === 'string' ? spec.namespace : server;
  return /[_-]$/.test(base) ? base : `${base}_`;
}

export interface McpToolsBuild {
  tools: AnyFunctionTool[];
  /** Tools left out because their name was already taken on the agent. */
  clashes: string[];
}

/** Build this agent's tools from one connected server. `taken` holds names already on the agent. */
export function buildMcpTools<UD>(
  conn: McpConnection,
  spec: McpServerSpec,
  ctx: WrapContext<UD>,
  options: {
    taken: Set<string>;
    guardsFor: (name: string) => WrapContext<UD>['guards'];
    examplesFor: (name: string) => string[];
  },
): McpToolsBuild {
  const allow = spec.allow ? new Set(spec.allow) : undefined;
  const deny = new Set(spec.deny ?? []);
  const prefix = namespacePrefix(spec, serverName(spec));
  const timeoutMs = spec.toolTimeoutMs ?? ctx.timeoutMs;
  const tools: AnyFunctionTool[] = [];
  const clashes: string[] = [];
  for (const tool of conn.tools) {
    if ((allow && !allow.has(tool.name)) || deny.has(tool.name)) continue;
    const name = modelToolName(tool.name, prefix);
    if (options.taken.has(name)) {
      clashes.push(name);
      continue;
    }
    options.taken.add(name);
    const parameters = llmSchema(tool.inputSchema);
    const description = (tool.description ?? tool.annotations?.title ?? tool.title ?? name).trim();
    tools.push(
      wrapTool(
        name,
        { description, parameters },
        async (rawArgs, opts) => {
          const args = dropSkippedNulls(rawArgs, parameters);
          const check = validatorFor(parameters);
          const verdict = check?.(args);
          if (verdict && !verdict.valid)
            throw new llm.ToolError(
              `The arguments for ${name} are not valid (${verdict.errorMessage}). Ask the caller for the missing or wrong detail, then call ${name} again.`,
            );
          let result: CallToolResult;
          try {
            result = await conn.callTool(tool.name, args, { signal: opts.abortSignal, timeoutMs });
          } catch (error) {
            if (error instanceof McpUnavailableError)
              throw new llm.ToolError(
                `${name} is not available right now (the ${conn.name} service cannot be reached). Apologise, tell the caller this cannot be done at the moment, and offer another way to help.`,
              );
            throw error;
          }
          const text = resultText(result);
          if (result.isError)
            throw new llm.ToolError(
              `${name} failed: ${text || 'the service reported an error'}. Explain this to the caller in plain words and offer another way to help.`,
            );
          return text || `${name} completed.`;
        },
        { ...ctx, timeoutMs, guards: options.guardsFor(name) },
        { kind: 'business', examples: options.examplesFor(name) },
      ),
    );
  }
  return { tools, clashes };
}
