// How an app writes its ids, from its own example phrases: an id argument described only as
// '"MS" and four digits' is written "MS-1042" when the agent's examples say "client MS-1042". The
// caller's "m s one zero four two" then goes to the tool as the app writes it. Any app.
import type { ParamSpec } from './param_spec.js';
import { exampleIdentifier, formatIdentifier } from './slots/identifier.js';

// An id in an example phrase: letters, an optional separator, then digits ("MS-1042", "RP 4821").
const ID_IN_EXAMPLE = /(?<![A-Za-z0-9])[A-Z]{1,6}[-/. ]?\d{3,}(?![A-Za-z0-9])/g;

const bare = (id: string) => id.replace(/[^A-Za-z0-9]/g, '').toUpperCase();

/** The written shape an id argument expects: its own description's, else an example phrase's that fits it. */
export function idExample(p: ParamSpec): string | undefined {
  return exampleIdentifier(p.description) ?? p.example;
}

/** Whether an id seen in an example phrase is one for this argument (its format, or its pattern). */
function fits(p: ParamSpec, id: string): boolean {
  const format = formatIdentifier(p.description);
  if (format) {
    const letters = (x: string) => bare(x).replace(/\d/g, '');
    return letters(format) === letters(id) && bare(format).length === bare(id).length;
  }
  return p.pattern ? p.pattern.test(id) || p.pattern.test(bare(id)) : false;
}

/**
 * Give each id argument with no example of its own the first id in the agent's example phrases
 * (its tool's first, then the other tools') that fits its format or pattern. Mutates the specs.
 */
export function shareIdExamples(tools: readonly { params: ParamSpec[]; examples: string[] }[]): void {
  for (const tool of tools) {
    for (const p of tool.params) {
      if (p.kind !== 'identifier' || p.example || exampleIdentifier(p.description)) continue;
      const phrases = [...tool.examples, ...tools.filter((t) => t !== tool).flatMap((t) => t.examples)];
      for (const phrase of phrases) {
        const id = [...phrase.matchAll(ID_IN_EXAMPLE)].map((m) => m[0]).find((x) => /[-/. ]/.test(x) && fits(p, x));
        if (id) {
          p.example = id;
          break;
        }
      }
    }
  }
}
