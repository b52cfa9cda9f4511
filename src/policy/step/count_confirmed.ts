// "just the one", "only the two, thanks", "just that, nothing else": said right after an item went
// in, the caller confirms how many they meant. Nothing new is asked for: the same call again would
// put the item in twice, and asking which item would ask for what was just done.
import type { ParamSpec } from '../param_spec.js';
import { isCount } from '../param_spec.js';

const ONLY_THAT =
  /^(?:(?:yes|yeah|yep|yup|no|nope|ok(?:ay)?|right|um|uh|so|oh|and)[,.!]?\s+)*(?:just|only)\s+(?:the\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a single|that|those|them|it|this)(?:\s+(?:of (?:them|those|it|each)|ones?|each))?\b(.*)$/i;

// "one of each, ta" right after several items went in one apiece: the same confirmation.
const ONE_EACH =
  /^(?:(?:yes|yeah|yep|yup|no|nope|ok(?:ay)?|right|um|uh|so|oh|and)[,.!]?\s+)*(?:just\s+|only\s+)?(?:one|1|a single one)\s+(?:of\s+)?each\b(.*)$/i;

/**
 * What follows "just the one" when the line confirms the count of the call just made (every number
 * said is one of its counts), else undefined. The caller's other words (an item, another value)
 * are for the caller to check: pass only lines that name nothing new.
 */
export function confirmsCount(
  text: string,
  numbers: readonly number[],
  lastArgs: Record<string, unknown>,
  params: readonly ParamSpec[],
): string | undefined {
  const m = ONLY_THAT.exec(text.trim()) ?? ONE_EACH.exec(text.trim());
  if (!m) return undefined;
  const counts = params.filter((p) => isCount(p) && typeof lastArgs[p.name] === 'number').map((p) => lastArgs[p.name]);
  if (counts.length === 0 || !numbers.every((n) => counts.includes(n))) return undefined;
  return m[1]!.replace(/^[\s,.!;:-]+/, '').trim();
}
