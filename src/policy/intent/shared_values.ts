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
export function sharedValueStems(tools: readonly ToolInfo[], wordsOf: (text: string) => string[]): Set<string> {
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
  const out = new Set<string>();
  for (const { tools: sharing, phrases } of byList.values()) {
    if (sharing.size < 2) continue;
    for (const phrase of phrases) for (const w of wordsOf(phrase)) if (!described.has(stem(w))) out.add(stem(w));
  }
  return out;
}
