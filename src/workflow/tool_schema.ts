// Tool schemas real models satisfy. agents-js sends zod schemas in OpenAI form, where an optional
// field becomes required-and-nullable: a model that follows the schema sends `null` for what it
// does not know, and zod then rejects the null. Every tool the workflow hands to the framework
// (business, handoff, escalation, return, end call, operator...) goes through `modelFacingSchema`
// once: optional fields accept null (treated as absent) and keep their description; invalid JSON
// arguments are turned into a clear "call again" error instead of being silently repaired.
import { llm } from '@livekit/agents';
import { z } from 'zod';
import type { AnyZodObject } from './declaration.js';

/** The description wherever zod kept it: on the field or on the schema it wraps. */
export function descriptionOf(field: z.ZodTypeAny): string | undefined {
  let current: z.ZodTypeAny | undefined = field;
  for (let depth = 0; current && depth < 8; depth++) {
    if (current.description) return current.description;
    const def = current._def as { innerType?: z.ZodTypeAny; schema?: z.ZodTypeAny };
    current = def.innerType ?? def.schema;
  }
  return undefined;
}

const acceptsNull = (field: z.ZodTypeAny) => field.safeParse(null).success;
const acceptsUndefined = (field: z.ZodTypeAny) => field.safeParse(undefined).success;

/** One field as the model sees it: an absent-able field may also be null; the description stays. */
function modelFacingField(field: z.ZodTypeAny): z.ZodTypeAny {
  const description = descriptionOf(field);
  let out = field;
  if (acceptsUndefined(field) && !acceptsNull(field)) {
    // Unwrap optional/default layers so the JSON schema reads plainly as "string or null".
    let inner: z.ZodTypeAny = field;
    while (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault)
      inner = inner instanceof z.ZodOptional ? inner.unwrap() : (inner as z.ZodDefault<z.ZodTypeAny>).removeDefault();
    // The description goes on both layers: the OpenAI form of the schema reads the inner one.
    const nullable = description ? inner.nullable().describe(description) : inner.nullable();
    out = inner === field ? nullable : nullable.optional();
  }
  return description && out.description !== description ? out.describe(description) : out;
}

const cache = new WeakMap<object, AnyZodObject>();

/**
 * The parameters schema the framework and the model see for a tool: the same fields, except that
 * a field the tool may go without also accepts null, and every field keeps its description in the
 * JSON schema. `toolArguments` turns what the model sent back into the tool's own shape. Zod v4
 * and raw JSON schemas are returned unchanged.
 */
export function modelFacingSchema<T extends AnyZodObject>(schema: T): T;
export function modelFacingSchema(schema: unknown): unknown;
export function modelFacingSchema(schema: unknown): unknown {
  if (!(schema instanceof z.ZodObject)) return schema;
  const hit = cache.get(schema);
  if (hit) return hit;
  const shape = schema.shape as Record<string, z.ZodTypeAny>;
  const next: Record<string, z.ZodTypeAny> = {};
  for (const [key, field] of Object.entries(shape)) next[key] = modelFacingField(field);
  let out: AnyZodObject = z.object(next);
  const unknownKeys = (schema._def as { unknownKeys?: string }).unknownKeys;
  if (unknownKeys === 'strict') out = out.strict();
  else if (unknownKeys === 'passthrough') out = out.passthrough();
  if (schema.description) out = out.describe(schema.description);
  cache.set(schema, out);
  return out;
}

/**
 * Arguments the model sent (validated by the model-facing schema) in the tool's own shape: null
 * where the tool does not take null means "absent", then the tool's schema applies its defaults
 * and transforms. Throws a ToolError naming the field when that still fails.
 */
export function toolArguments(schema: unknown, args: Record<string, unknown>, tool: string): Record<string, unknown> {
  if (!(schema instanceof z.ZodObject)) return args;
  const shape = schema.shape as Record<string, z.ZodTypeAny>;
  const cleaned: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(args)) {
    const field = shape[key];
    if (value === null && field && !acceptsNull(field)) continue;
    cleaned[key] = value;
  }
  const parsed = schema.safeParse(cleaned);
  if (parsed.success) return parsed.data as Record<string, unknown>;
  const issue = parsed.error.issues[0];
  throw new llm.ToolError(
    `Invalid arguments for ${tool}: ${issue?.path.join('.') || 'arguments'}: ${issue?.message ?? 'invalid'}. Call ${tool} again with valid arguments.`,
  );
}

/** True when a tool call's arguments are one strict JSON object (or empty, meaning none). */
export function isStrictJsonObject(raw: string): boolean {
  if (raw.trim() === '') return true;
  try {
    const value = JSON.parse(raw) as unknown;
    return value === null || (typeof value === 'object' && !Array.isArray(value));
  } catch {
    return false;
  }
}

/**
 * agents-js "repairs" malformed tool arguments (jsonrepair), which can turn a cut-off call into a
 * junk key and let a handoff go ahead without the fields it carries. We refuse instead: the
 * arguments become a JSON string the framework cannot decode, so it answers the model with a
 * ToolError ("Invalid arguments for <tool>: ... call <tool> again ...") and runs nothing.
 */
export function refuseInvalidToolArguments(chunk: llm.ChatChunk): llm.ChatChunk {
  const calls = chunk.delta?.toolCalls;
  if (!calls?.length || calls.every((c) => isStrictJsonObject(c.args ?? ''))) return chunk;
  for (const call of calls) {
    if (isStrictJsonObject(call.args ?? '')) continue;
    call.args = JSON.stringify(
      `The arguments were not valid JSON, so nothing was done. Call ${call.name} again with one complete, valid JSON object`,
    );
  }
  return chunk;
}
