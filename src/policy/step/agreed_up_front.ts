// A refusal that asks the caller to agree to a cost and to call again with a yes/no argument set
// ("costs a $50 late fee … if they agree, call cancel_booking again with accept_late_fee true"),
// when the line the call was made for already agreed to it ("charge the fifty dollars, just cancel
// it"): the call again with the flag set, instead of asking what the caller has answered.
import { refusedNotRetried } from './refusal_options.js';
import { agreesToCost, COST_WORDS } from '../lexicon/cost_consent.js';
import type { ToolInfo } from '../tool_catalog.js';
import { flagToSet } from './retry_failed.js';

type Item = { type: string; name?: string; callId?: string; args?: Record<string, unknown> };

/** The refused call again with the flag the refusal names, when the caller's last line agreed already. */
export function retryAgreedUpFront(
  block: readonly Item[],
  failed: readonly { name: string; output: string; callId: string }[],
  byName: ReadonlyMap<string, ToolInfo>,
  lastLine: string | undefined,
): { name: string; args: Record<string, unknown> } | undefined {
  if (!lastLine || !agreesToCost(lastLine)) return undefined;
  for (const { o, tool, args } of refusedNotRetried(block, failed, byName)) {
    // Only a refusal about what something costs.
    if (!COST_WORDS.test(o.output)) continue;
    const flag = flagToSet(o.output, tool.params);
    if (!flag || args[flag.name] === true) continue;
    return { name: tool.name, args: { ...args, [flag.name]: true } };
  }
  return undefined;
}
