// A call that left a choice open and listed its values ("Free from Friday: city at $20 a day,
// road at $35 a day … Which type?") asked a question: the next call of the same tool is that
// request narrowed, so its other details (the days) stand, even after a question in between.
import type { TurnItem } from '../conversation.js';
import type { State } from './frame.js';
import type { ToolInfo } from '../tool_catalog.js';
import { toolOutputText } from '../speakable.js';
import { readOffered } from '../step/offered.js';
import { matchEnum } from '../slots/enum.js';
import { prepareUtterance } from '../slots/index.js';
import type { ParamSpec } from '../param_spec.js';

/**
 * The enum value an offered option names: spelled as the value ("city at $20 a day") or in the
 * words the argument's description gives it ("a lake view suite at $329" for lake_suite).
 */
function optionValue(p: ParamSpec, option: string): string | undefined {
  const values = p.enumValues ?? [];
  const plain = values.find((v) => option === v.toLowerCase() || option.startsWith(`${v.toLowerCase()} `));
  if (plain) return plain;
  const m = matchEnum(prepareUtterance(option), values, p.description, p.listed);
  return m && m.via !== 'typo' ? m.value : undefined;
}

/** The last call's arguments when it was `tool`'s, succeeded, and listed the values of an enum it left open. */
export function listingCallArgs(
  tool: ToolInfo,
  state: State | undefined,
  items: readonly TurnItem[],
): Record<string, unknown> | undefined {
  const last = state?.lastCall;
  if (!last || last.error || last.tool !== tool || tool.kind !== 'business') return undefined;
  const output = [...items].reverse().find((i) => i.type === 'output' && i.name === tool.name);
  if (output?.type !== 'output' || output.isError) return undefined;
  const options = readOffered(toolOutputText(output.output))?.options.map((o) => o.toLowerCase());
  if (!options || options.length < 2) return undefined;
  const open = tool.params.filter(
    (p) =>
      p.enumValues?.length &&
      last.args[p.name] === undefined &&
      new Set(options.map((o) => optionValue(p, o)).filter((v) => v !== undefined)).size >= 2,
  );
  return open.length > 0 ? last.args : undefined;
}
