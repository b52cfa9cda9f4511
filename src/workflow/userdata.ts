// The one check of a value against its userdata field, shared by everything that writes userdata:
// handoff arguments and return results (runtime), tool writes (tool_wrap) and fixed edge values
// (compile). Each caller words the problem for its own reader (the model, or the app developer).
import type { z } from 'zod';
import type { AnyZodObject } from './declaration.js';

export type FieldCheck =
  | { ok: true; value: unknown }
  /** `issue` is the schema's first complaint (none for an unknown field). */
  | { ok: false; problem: 'unknown_field' | 'invalid'; issue?: string };

/** Validate `value` for the userdata field `key`; `value` on success is the parsed (defaulted) value. */
export function checkUserDataField(schema: AnyZodObject, key: string, value: unknown): FieldCheck {
  const field = (schema.shape as Record<string, z.ZodTypeAny>)[key];
  if (!field) return { ok: false, problem: 'unknown_field' };
  const parsed = field.safeParse(value);
  if (!parsed.success) return { ok: false, problem: 'invalid', issue: parsed.error.issues[0]?.message };
  return { ok: true, value: parsed.data };
}
