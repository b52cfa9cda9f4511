// Guards: conditions on userdata that a tool or edge requires. A refused call becomes an
// llm.ToolError the model can talk about; it never throws out of the session.

export interface Guard<UD> {
  /** Short name used in events, records and diagrams (e.g. `identity verified`). */
  name: string;
  check: (userData: Readonly<UD>) => boolean;
  /** What the model should do instead: a sentence it can act on. */
  refusal: string;
}

export function guard<UD>(name: string, check: (userData: Readonly<UD>) => boolean, refusal: string): Guard<UD> {
  return { name, check, refusal };
}

export function asGuardList<UD>(value: Guard<UD> | Guard<UD>[] | undefined): Guard<UD>[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** The first guard that refuses, if any. */
export function firstRefusal<UD>(guards: Guard<UD>[], userData: Readonly<UD>): Guard<UD> | undefined {
  return guards.find((g) => {
    try {
      return !g.check(userData);
    } catch {
      // A guard that throws is treated as refusing: failing closed protects account data.
      return true;
    }
  });
}
