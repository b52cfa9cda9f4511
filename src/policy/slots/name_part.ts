// Which part of a person's full name an argument takes: a surname argument ("last_name", "The
// surname of the driver") takes the last word, a first-name argument the first, any other the whole.
import type { ParamSpec } from '../param_spec.js';

/** The part of the name the argument asks for: "surname" / "first" / the whole name. */
export function namePartAsked(p: ParamSpec): 'last' | 'first' | 'whole' {
  if (/\b(?:last|surname|family)\b/.test(p.label)) return 'last';
  if (/\bfirst\b/.test(p.label)) return 'first';
  return 'whole';
}

/** A full name cut to the part the argument takes ("Dana Whitfield" → "Whitfield" for a surname). */
export function namePart(p: ParamSpec, name: string): string {
  const parts = name.trim().split(/\s+/);
  const asked = namePartAsked(p);
  return asked === 'last' ? parts.at(-1)! : asked === 'first' ? parts[0]! : name.trim();
}
