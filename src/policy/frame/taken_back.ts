// A detail the caller takes back by name ("forget the account number then, use my email"): the
// value given for that argument earlier in the call is no longer meant, so the next call leaves it
// out rather than sending it beside the detail that replaces it.
import type { ParamSpec } from '../param_spec.js';
import { DETAIL_TAKE_BACK } from '../lexicon/index.js';

const words = (s: string) => s.toLowerCase().replace(/_/g, ' ').split(/\s+/).filter(Boolean);

/** The arguments whose name or label the line takes back ("forget the account number" → account_number). */
export function takenBackParams(text: string, params: readonly ParamSpec[]): ParamSpec[] {
  const out: ParamSpec[] = [];
  for (const m of text.matchAll(DETAIL_TAKE_BACK)) {
    const said = words(m[1]!).join(' ');
    if (!said) continue;
    for (const p of params) {
      // The whole name or label ("account number", "email"), never one shared word ("number").
      const names = [words(p.name).join(' '), words(p.label).join(' ')];
      const named = (n: string) =>
        n !== '' && (said === n || said.endsWith(` ${n}`) || (said.includes(' ') && n.endsWith(` ${said}`)));
      if (names.some(named)) out.push(p);
    }
  }
  return out;
}
