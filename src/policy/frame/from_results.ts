// An id argument that another tool's result supplies ("The item number from search_catalogue"):
// taken from that tool's last output — the only one listed, or the one the caller points to by
// its place ("the second one") or by words of its own entry ("the audiobook", "the DVD one").
// Callers never know such ids; they pick from what they just heard.
import type { ParamSpec } from '../param_spec.js';
import type { TurnItem } from '../conversation.js';
import { toolOutputText } from '../speakable.js';
import { byPosition } from '../cues.js';

// An id as tools print them: letters, an optional dash, digits ("BK-2042", "AU3105", "#4471").
const ID = /\b[A-Z]{1,4}-?\d{2,}\b/g;

/** The tool named in an argument's description as where its value comes from. */
export function sourceTool(p: ParamSpec, toolNames: readonly string[]): string | undefined {
  const d = p.description;
  return toolNames.find((n) => new RegExp(`\\b(?:from|by|in|of)\\s+(?:the\\s+)?(?:results? of\\s+)?${n}\\b`).test(d));
}

/** The entries of a result that each carry one id, with the id. */
function entries(output: string): { id: string; text: string }[] {
  const out: { id: string; text: string }[] = [];
  for (const part of toolOutputText(output).split(/\s*;\s*|\n+/)) {
    const ids = [...new Set(part.match(ID) ?? [])];
    if (ids.length === 1) out.push({ id: ids[0]!, text: part.toLowerCase() });
  }
  return out;
}

const words = (t: string) => new Set(t.toLowerCase().match(/[a-z]{3,}/g) ?? []);

/** The id the caller means among the last results of `tool`, if one is clear. */
export function idFromResults(tool: string, items: readonly TurnItem[], said: string): string | undefined {
  const output = [...items].reverse().find((i) => i.type === 'output' && i.name === tool && !i.isError);
  if (!output || output.type !== 'output') return undefined;
  const listed = entries(output.output);
  if (listed.length === 0) return undefined;
  if (listed.length === 1) return listed[0]!.id;
  // By place, in the words callers pick offered options with (lexicon/selection.ts).
  const at = byPosition(said, listed.length);
  if (at !== undefined) return listed[at]!.id;
  // Words of one entry only ("the audiobook"): words every entry shares (the title) say nothing.
  const saidWords = words(said);
  const own = listed.map((e, i) => {
    const others = new Set(listed.filter((_, j) => j !== i).flatMap((o) => [...words(o.text)]));
    return [...words(e.text)].filter((w) => !others.has(w) && saidWords.has(w)).length;
  });
  const best = Math.max(...own);
  return best > 0 && own.filter((n) => n === best).length === 1 ? listed[own.indexOf(best)]!.id : undefined;
}
