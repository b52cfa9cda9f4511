// A refusal that names the values a free-text argument may take ("I have no bike guide for "it
// rattles". The bike guides cover flat tyre, slipping chain and squeaky brakes. Ask the caller which
// one fits best."): when the caller's own words this call plainly name one of them ("my chain keeps
// slipping"), the call is tried again with that one instead of asking.
import { stem } from '../lexicon/index.js';
import type { ToolInfo } from '../tool_catalog.js';
import { POLICY_THRESHOLDS } from '../thresholds.js';

// "… cover A, B and C." / "… are A, B or C." / "Choose from A, B, C."
// "The items on loan are: A, B, C." too.
const LISTED =
  /\b(?:cover|covers|include|includes|are|is one of|choose from|options are|choices are):?\s+([^.;:!?]+)/gi;

const STOP = new Set(['the', 'and', 'for', 'with', 'your', 'my', 'on', 'in', 'of', 'a', 'an', 'or', 'no']);

/** The refusal quotes the value back ("no guide for "it rattles""). */
function quotes(error: string, value: string): boolean {
  return [`"${value}"`, `\u201c${value}\u201d`, `'${value}'`].some((q) => error.includes(q));
}

function words(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/(\w)-(\w)/g, '$1$2')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 2 && !STOP.has(w))
    .map(stem);
}

// "Coming up: A (EV-1201), for children, …; B (EV-1202), …; C (EV-1203), …. Ask which one.": items
// with their details, apart by semicolons; each is named before its first bracket or comma.
const SEMICOLON_LIST = /:\s+([^;]+(?:;[^;]+)+)/;
const ITEM_ID = /\(([A-Za-z]{1,4}-?\d{2,})\)/;

/** A listed item's name, and the id said with it in brackets if any. */
function listedItem(item: string): { name: string; id?: string } {
  const name = item.split(/\s*[(,]/)[0]!.trim();
  return { name, id: ITEM_ID.exec(item)?.[1] };
}

/** Items of a semicolon list (each with details), by name and id. */
export function detailedItems(error: string): { name: string; id?: string }[] {
  const m = SEMICOLON_LIST.exec(error);
  if (!m) return [];
  const items = m[1]!.split(/\s*;\s*/);
  // The last item ends its sentence: "…, 4 places left. Ask which one."
  items[items.length - 1] = items.at(-1)!.split(/\.(?:\s|$)/)[0]!;
  return items.map(listedItem).filter((i) => i.name.length > 0);
}

/** The options a refusal lists for the value it quotes ("for "X"" … "cover A, B and C"). */
export function listedOptions(error: string, fewest = 2): string[] {
  const detailed = detailedItems(error);
  if (detailed.length >= 2) return detailed.map((i) => i.name);
  const out: string[] = [];
  for (const m of error.matchAll(LISTED)) {
    const items = m[1]!
      .split(/\s*,\s*|\s+(?:and|or)\s+/)
      .map((s) => s.trim())
      .filter(Boolean);
    if (items.length >= fewest) out.push(...items);
  }
  return out;
}

// Label words that say only what kind of value it is ("pet name" is asked as "which pet").
const LABEL_KIND_WORDS = new Set(['name', 'names', 'id', 'number', 'title', 'the', 'of']);

/**
 * The free-text argument a refusal asks about by its noun ("Which pet is the visit for?", "There is
 * no pet called Cat on this file"): the label's own noun after "which" or "no".
 */
function askedByNoun(tool: ToolInfo, error: string): ToolInfo['params'][number] | undefined {
  return tool.params.find((p) => {
    if (p.type !== 'string' || p.enumValues || p.kind === 'identifier') return false;
    const nouns = p.label
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter((w) => w.length >= 3 && !LABEL_KIND_WORDS.has(w));
    return nouns.some((n) => new RegExp(`\\b(?:which|no)\\s+${n}s?\\b`, 'i').test(error));
  });
}

/**
 * The refused call's free-text argument whose value the refusal quotes, and the one listed option
 * the caller's lines name best (every word of it, or at least two), when one stands out.
 */
export function optionForRefusal(
  tool: ToolInfo,
  args: Record<string, unknown>,
  error: string,
  callerLines: readonly string[],
): { param: string; value: string } | undefined {
  const quoted = tool.params.find(
    (p) =>
      (p.kind === 'text' || p.type === 'string') &&
      typeof args[p.name] === 'string' &&
      (args[p.name] as string).length > 0 &&
      quotes(error, args[p.name] as string),
  );
  const param = quoted ?? askedByNoun(tool, error);
  if (!param) return undefined;
  // A refusal asking which one ("Which pet is it for? On this file there are Kiwi and Luna") may
  // list a single one ("the pets on it are Shadow"): still the caller's to name.
  const options = listedOptions(error, quoted ? 2 : 1);
  if (options.length === 0) return undefined;
  // The caller's latest line first ("ok, what about Dune then" after asking for another title at
  // the start): what they name now is what they mean; the whole call only when it names none.
  const best = namedOption(options, callerLines.slice(-1)) ?? namedOption(options, callerLines);
  if (!best) return undefined;
  // Listed with its id ("Toddler Story Time (EV-1201)"): the id is what the tool knows surely.
  const id = detailedItems(error).find((i) => i.name === best)?.id;
  return { param: param.name, value: id ?? best };
}

/** The one listed option the lines name best (every word of it, or at least two), if one stands out. */
function namedOption(options: readonly string[], lines: readonly string[]): string | undefined {
  const said = lines.flatMap(words);
  // "squeaky" ~ "squeak", "dropping" ~ "drops": a word counts when one is the other's start.
  const named = (x: string) =>
    said.some((w) => w === x || (Math.min(w.length, x.length) >= 4 && (w.startsWith(x) || x.startsWith(w))));
  const scored = options
    .map((o) => {
      const w = words(o);
      const hits = w.filter(named).length;
      return { o, hits, all: w.length > 0 && hits === w.length };
    })
    .filter((s) => s.all || s.hits >= POLICY_THRESHOLDS.refusalOptionWords)
    .sort((x, y) => y.hits - x.hits);
  if (!scored.length || (scored.length > 1 && scored[1]!.hits === scored[0]!.hits)) return undefined;
  return scored[0]!.o;
}

type Item = { type: string; name?: string; args?: Record<string, unknown>; callId?: string };

/**
 * The refused business calls of a tool-output block not yet tried again in it (a retry's output
 * follows its refusal), with their tool and arguments.
 */
export function* refusedNotRetried(
  block: readonly Item[],
  failed: readonly { name: string; output: string; callId: string }[],
  byName: ReadonlyMap<string, ToolInfo>,
): Generator<{ o: { name: string; output: string; callId: string }; tool: ToolInfo; args: Record<string, unknown> }> {
  for (const o of failed) {
    const at = block.findIndex((i) => i.type === 'output' && i.callId === o.callId);
    if (block.slice(at + 1).some((i) => i.type === 'call' && i.name === o.name)) continue;
    const tool = byName.get(o.name);
    const call = block.find((i) => i.type === 'call' && i.callId === o.callId);
    if (!tool || tool.kind !== 'business' || call?.type !== 'call' || !call.args) continue;
    yield { o, tool, args: call.args };
  }
}

/** The refused calls of a tool-output block retried with the listed option the caller named, if any. */
export function retryWithListedOption(
  block: readonly Item[],
  failed: readonly { name: string; output: string; callId: string }[],
  byName: ReadonlyMap<string, ToolInfo>,
  callerLines: readonly string[],
): { name: string; args: Record<string, unknown> } | undefined {
  for (const { o, tool, args } of refusedNotRetried(block, failed, byName)) {
    const pick = optionForRefusal(tool, args, o.output, callerLines);
    if (!pick || args[pick.param] === pick.value) continue;
    return { name: tool.name, args: { ...args, [pick.param]: pick.value } };
  }
  return undefined;
}
