// A refusal that says only one detail may change ("The guest has already arrived, so only the
// departure day can change"; "the car is already on the road: only the return day can change"):
// the other changes the refused call asked for are what it refused. Tried again, whichever way
// the retry is put together, those values are left out; who the caller is (a code, a surname)
// stands.
import type { TurnItem } from '../conversation.js';
import { paramAbout, type ParamSpec } from '../param_spec.js';
import { stem } from '../lexicon/index.js';
import type { ToolInfo } from '../tool_catalog.js';

const ONLY_CHANGES =
  /\bonly (?:the |their |its |your |a )?([a-z][a-z -]{2,40}?) (?:can|may|could|is able to) (?:still )?(?:be )?(?:change|changed|move|moved|extend|extended)\b/i;

// Who the caller is and which record: never a change that can be refused.
const IDENTITY: ReadonlySet<string> = new Set(['identifier', 'person_name', 'phone', 'email']);

const content = (text: string) =>
  text
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length > 2 && !['the', 'and', 'new', 'for', 'can'].includes(w))
    .map(stem);

/** The argument the refusal's "only the … can change" names: every word of it is in the argument's label or description. */
export function onlyChangeableParam(error: string, params: readonly ParamSpec[]): ParamSpec | undefined {
  const m = ONLY_CHANGES.exec(error);
  if (!m) return undefined;
  const named = content(m[1]!);
  if (!named.length) return undefined;
  const fits = params.filter((p) => {
    const own = new Set(content(paramAbout(p)));
    return named.every((w) => own.has(w));
  });
  return fits.length === 1 ? fits[0] : undefined;
}

/**
 * The values of `tool`'s last call that its refusal ruled out ("only the departure day can
 * change": the new arrival day it carried), by argument name. Empty unless the last call of the
 * tool was refused that way.
 */
export function refusedChanges(tool: ToolInfo, items: readonly TurnItem[]): Record<string, unknown> {
  for (let i = items.length - 1; i >= 0; i -= 1) {
    const item = items[i]!;
    if (item.type !== 'call' || item.name !== tool.name) continue;
    const output = items.slice(i + 1).find((o) => o.type === 'output' && o.callId === item.callId);
    if (output?.type !== 'output' || !output.isError) return {};
    const kept = onlyChangeableParam(output.output, tool.params);
    if (!kept) return {};
    const out: Record<string, unknown> = {};
    for (const p of tool.params)
      if (p !== kept && !p.required && !IDENTITY.has(p.kind) && item.args[p.name] !== undefined)
        out[p.name] = item.args[p.name];
    return out;
  }
  return {};
}
