// The current agent's tools as the policy sees them: name, description, kind (from TOOL_META, or
// guessed for plain framework tools), example phrases and argument specs. Nothing here knows any
// particular app: everything comes from what the tools declare.
import type { llm } from '@livekit/agents';
import { getToolMeta, type TargetScope, type ToolKind } from '../workflow/tool_meta.js';
import { shareIdExamples } from './id_examples.js';
import { humanize, optionsIn, paramSpecs, type ParamSpec } from './param_spec.js';
import { listedAs } from './slots/listed_values.js';
import { aliasesIn } from './description_aliases.js';
import { toSecondPerson } from './render/for_caller.js';
import { wordGroupsVersion } from './synonyms.js';
import { SAYS_WHEN } from './lexicon/time_words.js';

export interface ToolInfo {
  name: string;
  description: string;
  kind: ToolKind;
  target?: string;
  examples: string[];
  params: ParamSpec[];
  /** A short phrase naming what the tool does, for clarifying questions ("check an order's status"). */
  phrase: string;
  /** The runtime's word on whether the tool's guards pass now (absent: no guards, or not known). */
  ready?: () => boolean;
  /** For a guarded business tool: the refusal its guards would give now (absent: none, or not known). */
  blockedBy?: () => string | undefined;
  /** For a guarded business tool: what its guards say when they refuse. */
  refusals?: string[];
  /**
   * For a transfer: what the target agent handles, as phrases (its description, its tools' first
   * sentences, the values their arguments list). Weaker evidence than the edge's own.
   */
  scope: string[];
  /** For a transfer: the target agent's business tools (what details it will take), when the runtime says. */
  later?: ToolInfo[];
  /** For a return: the business tools of the agent it goes back to, when the runtime says. */
  back?: ToolInfo[];
}

type AnyTool = llm.FunctionTool<never, never, unknown> & { name: string };

export function guessKind(name: string, description: string): ToolKind {
  // Tools without workflow metadata (a plain agents-js agent): read the usual naming conventions.
  if (/^(?:escalate|transfer_to_(?:human|operator|person))/.test(name))
    return name.includes('operator') ? 'operator' : 'escalation';
  if (/^end_call$|^hang_?up$/.test(name)) return 'end_call';
  if (/^return_to/.test(name)) return 'return';
  if (/^(?:transfer|handoff|hand_off|route)_to_/.test(name) || /^Transfer the caller to/i.test(description))
    return 'handoff';
  return 'business';
}

function targetFromName(name: string): string | undefined {
  return /^(?:transfer|handoff|hand_off|route)_to_(.+)$/.exec(name)?.[1];
}

/** The clause of a handoff description after "Use when:" (the app's `when` text). */
export function whenClause(description: string): string {
  const m = /Use when:\s*(.*)$/is.exec(description);
  const text = m ? m[1]! : description.replace(/^Escalate to a human operator\.\s*/i, '');
  return text.trim();
}

function firstSentence(text: string): string {
  const s = /^(.+?[.!?])(?:\s|$)/.exec(text.trim())?.[1] ?? text.trim();
  return s.replace(/[.!?]+$/, '');
}

function lowerFirst(s: string): string {
  return s && !/^[A-Z]{2}/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;
}

/** Spoken name of a target agent: "tech_support" → "tech support". */
export function agentLabel(id: string): string {
  return humanize(id)
    .replace(/\bagent\b/g, '')
    .trim();
}

function phraseFor(kind: ToolKind, name: string, description: string, target?: string): string {
  switch (kind) {
    case 'handoff':
    case 'call':
      return `put you through to ${target ? `the ${agentLabel(target)} team` : 'a colleague'}`;
    case 'escalation':
    case 'operator':
      return 'connect you with a human colleague';
    case 'end_call':
      return 'wrap up the call';
    case 'return':
      return 'take you back to my colleague';
    default: {
      const first = firstSentence(description.replace(/[\u2018\u2019]/g, "'").replace(/\s*Use when:.*$/is, ''));
      let phrase = lowerFirst(first)
        .replace(/\s*\([^)]*\)/g, '')
        .replace(/\bthe caller'?s\b/gi, 'your')
        .replace(/\bthe caller\b/gi, 'you')
        .replace(/^use this (?:tool )?to\s+/i, '');
      // Keep the verb phrase: "open a support ticket so the team follows up" → "open a support ticket".
      const cut = /(,|:| so | for a | for the | using | by | with | against | and then )/.exec(phrase);
      if (cut && phrase.slice(0, cut.index).split(/\s+/).length >= 3) phrase = phrase.slice(0, cut.index);
      // Spoken to the caller: "fits the lead's team size" → "fits your team size".
      return toSecondPerson(phrase.trim()) || humanize(name);
    }
  }
}

const catalogCache = new WeakMap<object, ToolInfo>();

export function toolInfo(tool: AnyTool): ToolInfo {
  const cached = catalogCache.get(tool);
  if (cached) return cached;
  const meta = getToolMeta(tool);
  const description = tool.description ?? '';
  const kind = meta?.kind ?? guessKind(tool.name, description);
  const target = meta?.target ?? targetFromName(tool.name);
  const info: ToolInfo = {
    name: tool.name,
    description,
    kind,
    target,
    examples: meta?.examples ?? [],
    params: withOptionsFromDescription(paramSpecs(tool.parameters), description),
    phrase: phraseFor(kind, tool.name, description, target),
    ready: meta?.ready,
    blockedBy: meta?.blockedBy,
    refusals: meta?.refusals,
    scope: kind === 'handoff' || kind === 'call' || kind === 'return' ? scopePhrases(meta?.targetScope) : [],
    later: kind === 'handoff' || kind === 'call' ? scopeTools(meta?.targetScope) : [],
    back: kind === 'return' ? scopeTools(meta?.targetScope) : [],
  };
  catalogCache.set(tool, info);
  return info;
}

/** The function tools in a tool context, as ToolInfo, in a stable order. */
export function catalogTools(toolCtx: llm.ToolContext | undefined): ToolInfo[] {
  if (!toolCtx) return [];
  const tools = Object.values(toolCtx.functionTools)
    .map((t) => toolInfo(t as unknown as AnyTool))
    .sort((a, b) => a.name.localeCompare(b.name));
  shareIdExamples(tools);
  return tools;
}

/** Key for the classifier cache: changes whenever what the classifier learns from changes. */
export function toolSetKey(tools: ToolInfo[]): string {
  // New word groups (extendLexicon) change what a classifier learns from the same tools.
  return `${wordGroupsVersion()}§${tools
    .map((t) => `${t.name}|${t.kind}|${t.description}|${t.examples.join('¦')}|${t.scope.join('¦')}`)
    .join('§')}`;
}

/**
 * What a transfer's target agent handles, as phrases: its description, each business tool's first
 * sentence and name, and the values its arguments list (menu items, services, plans). Not its
 * examples: they hold names and passing words ("refund INV-2045, the router was faulty").
 */
function scopePhrases(scope: TargetScope | undefined): string[] {
  if (!scope) return [];
  const out = new Set<string>([firstSentence(scope.description), ...(scope.handles ?? []).map(firstSentence)]);
  for (const [name, tool] of Object.entries(scope.tools)) {
    const description = (tool.description ?? '').replace(/[\u2018\u2019]/g, "'");
    out.add(humanize(name));
    out.add(firstSentence(description.replace(/\s*Use when:.*$/is, '')));
    let params: ParamSpec[] = [];
    try {
      params = withOptionsFromDescription(paramSpecs(tool.parameters as never), description);
    } catch {
      // A schema the policy cannot read adds no values; the description still counts.
    }
    for (const p of params) {
      for (const v of [...(p.enumValues ?? []), ...(p.options ?? []), ...namedExamples(p.description)])
        out.add(humanize(v));
      for (const aliases of Object.values(p.aliases ?? {})) for (const a of aliases) out.add(a);
    }
  }
  return [...out].filter((p) => p.trim().length > 1);
}

/**
 * The things an argument's description gives as examples, in quotes ('The product as the caller
 * said it: "Tylenol", "Claritin", "Tums"'): what the agent handles, named. Only a list of two or
 * more names, never a day, a time or an amount ('"today", "3 pm"').
 */
function namedExamples(description: string): string[] {
  const quoted = [...description.matchAll(/["“]([^"”]{2,30})["”]/g)].map((m) => m[1]!.trim());
  const names = quoted.filter((q) => q.split(/\s+/).length <= 2 && !SAYS_WHEN.test(q));
  return names.length >= 2 && names.length === quoted.length ? names : [];
}

/** The target agent's business tools, as far as the policy reads them (names, descriptions, arguments). */
function scopeTools(scope: TargetScope | undefined): ToolInfo[] {
  if (!scope) return [];
  const out: ToolInfo[] = [];
  for (const [name, tool] of Object.entries(scope.tools)) {
    const description = tool.description ?? '';
    try {
      const params = withOptionsFromDescription(paramSpecs(tool.parameters as never), description);
      const phrase = phraseFor('business', name, description);
      out.push({ name, description, kind: 'business', examples: [], params, phrase, scope: [], later: [] });
    } catch {
      // A schema the policy cannot read: that tool's details are not recognised ahead of time.
    }
  }
  return out;
}

/**
 * A free-text argument whose choices the tool's description lists after its name: "Check the
 * status of a service (API, dashboard, databases, storage or email)" gives `service` those options.
 */
function withOptionsFromDescription(params: ParamSpec[], description: string): ParamSpec[] {
  return params.map((p) => {
    if (p.kind === 'enum' && p.enumValues) {
      const listed = listedAs(description, p.enumValues);
      // "maintenance (broken heating, no hot water)" in the tool's own description: words for that
      // value as much as the argument's own brackets, so the value is read by them too.
      const glossed = aliasesIn(description, p.enumValues);
      const more = Object.entries(glossed)
        .filter(([, aliases]) => aliases.length > 0)
        .map(([v, aliases]) => `${v} (${aliases.join(', ')})`);
      const described = more.length ? { ...p, description: `${p.description} Also: ${more.join('; ')}.` } : p;
      return listed ? { ...described, listed } : described;
    }
    if (p.kind !== 'text' || p.options) return p;
    const noun = p.label.split(/\s+/).at(-1);
    if (!noun || noun.length < 3) return p;
    const m = new RegExp(`\\b${noun}s?\\s*\\(([^)]+)\\)`, 'i').exec(description);
    const options = m ? optionsIn(`: ${m[1]}`) : undefined;
    return options ? { ...p, options } : p;
  });
}
