// The agent's own question ("How many people on your team would use it?", often its greeting on
// arrival) says which count a bare number answers, before any request was opened: "about thirty,
// and we start this quarter" gives the team size even though no word of it follows the number.
import type { TurnItem } from '../conversation.js';
import type { ParamSpec } from '../param_spec.js';
import { stem } from '../lexicon/stem.js';
import { agentLineBefore } from '../step/asked.js';

// Words of a "how many" question that name no counted thing.
const NOT_COUNTED = new Set(['would', 'will', 'your', 'you', 'the', 'there', 'are', 'does', 'did', 'use', 'it', 'on']);

/** The number argument the agent's last line before `index` asked "how many …" about, if exactly one. */
export function countAskedBefore(
  items: readonly TurnItem[],
  index: number,
  params: readonly ParamSpec[],
): ParamSpec | undefined {
  const asked = /\bhow many ([^?]*)\?/i.exec(agentLineBefore(items, index) ?? '')?.[1];
  if (!asked) return undefined;
  const words = new Set(
    asked
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter((w) => w.length > 2 && !NOT_COUNTED.has(w))
      .map(stem),
  );
  const named = params.filter(
    (p) =>
      p.kind === 'number' &&
      `${p.name.replace(/_/g, ' ')} ${p.label} ${p.description}`
        .toLowerCase()
        .split(/[^a-z]+/)
        .some((w) => w.length > 2 && words.has(stem(w))),
  );
  return named.length === 1 ? named[0] : undefined;
}
