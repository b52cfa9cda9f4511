// A follow-up that refines the last answer ("and how much is a dental cleaning?" right after "are
// you open on Saturdays?") keeps the last call's details, except a choice the line names anew: a
// listed value said in everyday words ("how much" for prices) replaces the one asked before.
import type { ToolInfo } from '../tool_catalog.js';

/**
 * The listed choices (enum arguments) that `said` (this line, read in full) names differently from
 * the last call's `lastArgs`, for arguments the exact reading (`typed`) did not fill.
 */
export function otherChoicesNamed(
  tool: ToolInfo,
  said: Record<string, unknown>,
  lastArgs: Record<string, unknown>,
  typed: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const p of tool.params) {
    if (!p.enumValues?.length || typed[p.name] !== undefined || lastArgs[p.name] === undefined) continue;
    const v = said[p.name];
    if (v !== undefined && v !== lastArgs[p.name]) out[p.name] = v;
  }
  return out;
}
