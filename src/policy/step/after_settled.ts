// After a refusal said the request already holds ("Sam is already a patient here; there is
// nothing to register. Ask what they would like to do next"), the caller's next details are for
// another of this agent's tools, not that request again: the one tool their values fill most
// ("then just the metoprolol, from the walgreens on harvard street, 617 555 0166" → the
// transfer), or, with no such tool, they are noted.
import type { Analysis } from '../analysis/analysis.js';
import type { State } from '../frame/frame.js';
import { WANT_CUES } from '../lexicon/index.js';
import { extractArgs, type ExtractOptions } from '../slot_filling.js';
import type { ToolInfo } from '../tool_catalog.js';

/** The line asks for the settled request again in so many words ("I want to register my wife too"). */
export function asksSettledAgain(a: Analysis): boolean {
  return WANT_CUES.test(a.text);
}

/**
 * The other business tool the line's details fill most (two values at least, none tied), right
 * after the last call was settled by such a refusal. Undefined otherwise.
 */
export function toolAfterSettled(
  a: Analysis,
  state: State,
  callable: readonly ToolInfo[],
  options: (tool: ToolInfo) => ExtractOptions,
): ToolInfo | undefined {
  const last = state.lastCall?.tool;
  if (!last || !state.settled?.has(last.name) || asksSettledAgain(a)) return undefined;
  let best: { tool: ToolInfo; n: number } | undefined;
  let tie = false;
  for (const tool of callable) {
    if (tool.kind !== 'business' || state.settled.has(tool.name)) continue;
    const ex = extractArgs(tool, a.u, options(tool));
    const n = Object.keys(ex.values).length + Object.values(ex.dates).filter((d) => d.hasDay || d.hasTime).length;
    if (n < 2) continue;
    if (!best || n > best.n) {
      best = { tool, n };
      tie = false;
    } else if (n === best.n) tie = true;
  }
  return best && !tie ? best.tool : undefined;
}
