// Values that several tools take alike are slot values, not intent evidence. When two tools of one
// agent take the same list ("add a dish" and "remove a dish" both list every dish), a dish named in
// one tool's examples ("take off the gelato") must not pull "does the gelato have nuts" or "I'd
// like to order a gelato" to that tool: the dish says nothing about which of them is meant.
import { stem } from '../lexical_scorer.js';
import type { ToolInfo } from '../tool_catalog.js';

/**
 * Stems of the words naming values (and their listed aliases) of an enum argument that two or more
 * business tools here share. Words a tool's description uses ("spicy" in "look up dishes by name or
 * dietary need: vegetarian, spicy") stay: there they describe a request, not only name a value.
 */
export function sharedValues(
  tools: readonly ToolInfo[],
  wordsOf: (text: string) => string[],
): { stems: Set<string>; tools: Set<string> } {
  const byList = new Map<string, { tools: Set<string>; phrases: string[] }>();
  for (const t of tools) {
    if (t.kind !== 'business') continue;
    for (const p of t.params) {
      if (p.kind !== 'enum' || !p.enumValues || p.enumValues.length < 2) continue;
      const key = [...p.enumValues].sort().join('\u0000');
      const entry = byList.get(key) ?? { tools: new Set<string>(), phrases: [] };
      entry.tools.add(t.name);
      for (const v of p.enumValues) entry.phrases.push(v.replace(/_+/g, ' '), ...(p.aliases?.[v] ?? []));
      byList.set(key, entry);
    }
  }
  const described = new Set(tools.flatMap((t) => wordsOf(t.description).map(stem)));
  const stems = new Set<string>();
  const sharingTools = new Set<string>();
  for (const { tools: sharing, phrases } of byList.values()) {
    if (sharing.size < 2) continue;
    for (const t of sharing) sharingTools.add(t);
    for (const phrase of phrases) for (const w of wordsOf(phrase)) if (!described.has(stem(w))) stems.add(stem(w));
  }
  return { stems, tools: sharingTools };
}

/**
 * The one word every shared value reads as: evidence that an item was named (a request for one of
 * the tools that take items, not a transfer), never for one of those tools over another.
 */
export const SHARED_VALUE = 'listeditem';

/** Words with each run of shared values read as SHARED_VALUE. */
export function withSharedValues(words: readonly string[], stems: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const w of words) {
    if (!stems.has(stem(w))) out.push(w);
    else if (out.at(-1) !== SHARED_VALUE) out.push(SHARED_VALUE);
  }
  return out;
}
