// What the agent asked in its own words (an entry line such as "What name should the order be
// under?", or a tool's output ending in a question) and which tool argument that question is for,
// so the caller's short answer ("Under Maria", "ann@x.com") fills it instead of being a miss; also
// which count a "how many …?" of the agent's asks for, so a bare number answers it.
import { ENUM_SYNONYMS, stem } from '../lexicon/index.js';
import { paramAbout, type ParamSpec } from '../param_spec.js';
import type { ToolInfo } from '../tool_catalog.js';
import { escapeRegExp } from '../regexp.js';
import { SENTENCE_BREAK } from '../sentences.js';

type AskedItem = { type: string; text?: string; output?: unknown };

// Words a question about an argument of this kind uses, besides the argument's own label.
const KIND_WORDS: Partial<Record<ParamSpec['kind'], string[]>> = {
  person_name: ['name'],
  email: ['email', 'e-mail'],
  phone: ['phone', 'mobile', 'cell'],
  date: ['date', 'day', 'when'],
  datetime: ['date', 'day', 'time', 'when'],
  time: ['time', 'when'],
  place: ['where', 'address', 'location', 'area', 'town', 'city'],
};
// Label words that say nothing about which argument is meant.
const LABEL_NOISE = new Set(['the', 'a', 'an', 'of', 'for', 'to', 'your', 'their', 'caller', 'callers', 'id', 'this']);

/** The agent's last line since the caller last spoke (before `index`), if any. */
export function agentLineBefore(items: readonly AskedItem[], index: number): string | undefined {
  for (let i = index - 1; i >= 0; i--) {
    const item = items[i]!;
    if (item.type === 'user') return undefined;
    if (item.type === 'assistant' && item.text) return item.text;
  }
  return undefined;
}

/** The question the agent put since the caller last spoke (its last sentence ending in "?"), if any. */
export function questionBefore(items: readonly AskedItem[], index: number): string | undefined {
  return agentLineBefore(items, index)
    ?.split(SENTENCE_BREAK)
    .reverse()
    .find((s) => s.trim().endsWith('?'));
}

function questionWords(question: string): Set<string> {
  return new Set(
    question
      .toLowerCase()
      .split(/[^a-z'-]+/)
      .filter(Boolean)
      .map(stem),
  );
}

/**
 * The one business-tool argument the question asks for: a required (or either-or) argument still
 * missing whose label or kind words the question uses. Ambiguous questions name nothing.
 */
export function argumentAsked(
  question: string,
  tools: readonly ToolInfo[],
  filled: (tool: ToolInfo) => Record<string, unknown>,
): { tool: ToolInfo; param: ParamSpec } | undefined {
  const said = questionWords(question);
  const needed = (p: ParamSpec) => p.required || p.alternative !== undefined;
  const hits = asks(said, question, tools, filled, needed);
  // "Could you give me your full name and a phone number?" may ask for optional details too.
  return oneTool(hits) ?? oneTool(asks(said, question, tools, filled, (p) => !needed(p)));
}

function oneTool(hits: { tool: ToolInfo; param: ParamSpec }[]): { tool: ToolInfo; param: ParamSpec } | undefined {
  // The same kind of argument on several tools (a name for two tools) is still one question when
  // only one tool is meant: take it only when a single tool matches.
  const toolsHit = new Set(hits.map((h) => h.tool));
  return toolsHit.size === 1 && hits.length >= 1 ? hits[0] : undefined;
}

/** The question names two or more of a list's values, or everyday words for them ("by text message or email?"). */
function namesValues(question: string, p: ParamSpec): boolean {
  const q = question.toLowerCase();
  const named = (p.enumValues ?? []).filter((v) => {
    const spoken = v.replace(/[_-]+/g, ' ').toLowerCase();
    return [spoken, ...(ENUM_SYNONYMS[spoken] ?? [])].some((w) => new RegExp(`\\b${escapeRegExp(w)}\\b`).test(q));
  });
  return named.length >= 2;
}

function asks(
  said: Set<string>,
  question: string,
  tools: readonly ToolInfo[],
  filled: (tool: ToolInfo) => Record<string, unknown>,
  counts: (p: ParamSpec) => boolean,
): { tool: ToolInfo; param: ParamSpec }[] {
  const hits: { tool: ToolInfo; param: ParamSpec }[] = [];
  for (const tool of tools) {
    if (tool.kind !== 'business') continue;
    const known = filled(tool);
    for (const p of tool.params) {
      if (!counts(p) || known[p.name] !== undefined) continue;
      if (p.kind === 'text' || p.kind === 'reason' || p.kind === 'boolean') continue;
      const words = [
        ...p.label
          .toLowerCase()
          .split(/\s+/)
          .filter((w) => w.length > 2 && !LABEL_NOISE.has(w)),
        ...(KIND_WORDS[p.kind] ?? []),
      ];
      if (words.some((w) => said.has(stem(w))) || namesValues(question, p)) hits.push({ tool, param: p });
    }
  }
  return hits;
}

// The agent's own question ("How many people on your team would use it?", often its greeting on
// arrival) says which count a bare number answers, before any request was opened: "about thirty,
// and we start this quarter" gives the team size even though no word of it follows the number.

// Words of a "how many" question that name no counted thing.
const NOT_COUNTED = new Set(['would', 'will', 'your', 'you', 'the', 'there', 'are', 'does', 'did', 'use', 'it', 'on']);

/** The number argument the agent's last line before `index` asked "how many …" about, if exactly one. */
export function countAskedBefore(
  items: readonly AskedItem[],
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
      paramAbout(p)
        .toLowerCase()
        .split(/[^a-z]+/)
        .some((w) => w.length > 2 && words.has(stem(w))),
  );
  return named.length === 1 ? named[0] : undefined;
}
