// The one check of a value against its userdata field, shared by everything that writes userdata:
// handoff arguments and return results (writeUserData below, for the runtime), tool writes
// (tool_wrap) and fixed edge values (compile). Each caller words the problem for its reader.
import { llm } from '@livekit/agents';
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

/**
 * Write values into userdata after validating each against its schema field. Array fields
 * append (new items only); protected fields are never written here (only tools set them).
 * strict: a bad value is a ToolError the model can act on; otherwise bad values are skipped.
 * Nothing is written unless every value passes (strict) — the caller loses no detail to a typo.
 */
export function writeUserData(
  schema: AnyZodObject,
  protectedFields: readonly string[],
  userData: Record<string, unknown>,
  values: Record<string, unknown>,
  { strict }: { strict: boolean },
): void {
  const updates: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || protectedFields.includes(key)) continue;
    const current = userData[key];
    const next = Array.isArray(current)
      ? [...current, ...(Array.isArray(value) ? value : [value]).filter((v) => !current.includes(v))]
      : value;
    const checked = checkUserDataField(schema, key, next);
    if (!checked.ok) {
      if (strict)
        throw new llm.ToolError(
          `The value for ${key} is not valid (${checked.issue ?? 'not a known detail'}). Ask the caller for it again.`,
        );
      continue;
    }
    updates[key] = checked.value;
  }
  Object.assign(userData, updates);
}
