// A plain view of the chat context the framework hands the LLM: the system text (instructions,
// known facts, entry tag) and the dialogue with tool calls and outputs. The policy keeps no state
// between turns: everything it remembers is read back from here.
import type { llm } from '@livekit/agents';
import { parseEntryTag } from '../workflow/tool_meta.js';

export type TurnItem =
  | { type: 'user'; text: string; confidence?: number; carried?: boolean }
  | { type: 'assistant'; text: string }
  | { type: 'call'; name: string; args: Record<string, unknown>; callId: string }
  | { type: 'output'; name: string; output: string; isError: boolean; callId: string };

export interface EntryInfo {
  agent: string;
  from?: string;
  isReturn: boolean;
  /** The instruction text after the entry tag (the agent's onEnter). */
  instruction: string;
}

export interface TurnView {
  /** All system/developer text. */
  system: string;
  /** The agent's own instructions: system text without the entry part and the facts block. */
  instructions: string;
  entry?: EntryInfo;
  /** "Known facts about this call" from the instructions, by field name. */
  facts: Record<string, string>;
  items: TurnItem[];
  /** What this generation answers. */
  mode: 'entry' | 'user' | 'tool_output' | 'other';
  /** A summarisation request from the workflow core (not a conversation turn). */
  summaryRequest: boolean;
  /**
   * What the caller said earlier in the call that this chat does not hold (a handoff that carried
   * no history), oldest first. Filled from the session's CallMemory; empty without one.
   */
  earlier: string[];
  /**
   * Calls that succeeded since the caller's last line, at any agent (a qualifying step before a
   * handoff whose chat does not carry tool calls). From the session's CallMemory; else this chat's.
   */
  servedSinceLast: { name: string; args: Record<string, unknown> }[];
}

const FACTS_HEADER = /Known facts about this call[^\n]*:\n((?:- [^\n]*(?:\n|$))+)/;
const SUMMARY_PREFIX = /^\(Summary of the call so far\)\s*/;

function textOf(message: llm.ChatMessage): string {
  return (message.textContent ?? '').trim();
}

/** Known-fact values arrive JSON-quoted (caller-provided data); older blocks are plain. */
function unquote(value: string): string {
  if (!value.startsWith('"')) return value;
  try {
    const parsed = JSON.parse(value) as unknown;
    return typeof parsed === 'string' ? parsed : value;
  } catch {
    return value;
  }
}

export function parseFacts(system: string): Record<string, string> {
  const facts: Record<string, string> = {};
  const block = FACTS_HEADER.exec(system)?.[1];
  if (!block) return facts;
  for (const line of block.split('\n')) {
    const m = /^- ([A-Za-z0-9_]+): (.*)$/.exec(line.trim());
    if (m) facts[m[1]!] = unquote(m[2]!.trim());
  }
  return facts;
}

function parseArgs(json: string): Record<string, unknown> {
  try {
    const parsed = JSON.parse(json || '{}') as unknown;
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The caller's statements inside a carried summary ("The caller said: a | b | c"). */
function summaryStatements(text: string): string[] {
  const said = /The caller said:\s*(.*)$/s.exec(text)?.[1];
  return said
    ? said
        .split(/\s+\|\s+/)
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
}

export function readTurn(chatCtx: llm.ChatContext): TurnView {
  const systemParts: string[] = [];
  const items: TurnItem[] = [];
  const names = new Map<string, string>();
  for (const item of chatCtx.items) {
    if (item.type === 'message') {
      if (item.role === 'system' || item.role === 'developer') {
        systemParts.push(textOf(item));
      } else if (item.role === 'user') {
        const text = textOf(item);
        if (text) items.push({ type: 'user', text, confidence: item.transcriptConfidence });
      } else if (item.role === 'assistant') {
        const text = textOf(item);
        if (SUMMARY_PREFIX.test(text)) {
          for (const s of summaryStatements(text)) items.push({ type: 'user', text: s, carried: true });
        } else if (text) items.push({ type: 'assistant', text });
      }
    } else if (item.type === 'function_call') {
      names.set(item.callId, item.name);
      items.push({ type: 'call', name: item.name, args: parseArgs(item.args), callId: item.callId });
    } else if (item.type === 'function_call_output') {
      items.push({
        type: 'output',
        name: item.name || names.get(item.callId) || '',
        output: item.output,
        isError: item.isError,
        callId: item.callId,
      });
    }
  }
  const system = systemParts.join('\n');
  const summaryRequest =
    /^Summari[sz]e this support call/i.test(system.trim()) ||
    /^Summari[sz]e this (?:support )?call\b/i.test(systemParts[0] ?? '');
  const tag = parseEntryTag(system);
  let entry: EntryInfo | undefined;
  let instructions = system;
  if (tag) {
    const at = system.search(/\[on enter: /);
    const after = system.slice(at).replace(/^\[on enter:[^\]]*\]\s*/, '');
    entry = { ...tag, instruction: after.trim() };
    instructions = system.slice(0, at);
  }
  const facts = parseFacts(instructions);
  instructions = instructions.replace(FACTS_HEADER, '').trim();
  const last = chatCtx.items.at(-1);
  let mode: TurnView['mode'] = 'other';
  if (last?.type === 'function_call_output') mode = 'tool_output';
  else if (entry) mode = 'entry';
  else if (last?.type === 'message' && last.role === 'user') mode = 'user';
  return {
    system,
    instructions,
    entry,
    facts,
    items,
    mode,
    summaryRequest,
    earlier: [],
    servedSinceLast: succeededSinceLast(items),
  };
}

/** The calls that succeeded after the last caller line of `items`. */
export function succeededSinceLast(items: readonly TurnItem[]): { name: string; args: Record<string, unknown> }[] {
  let from = items.length;
  while (from > 0 && items[from - 1]!.type !== 'user') from -= 1;
  const after = items.slice(from);
  const ok = new Set(after.flatMap((i) => (i.type === 'output' && !i.isError ? [i.callId] : [])));
  return after.flatMap((i) => (i.type === 'call' && ok.has(i.callId) ? [{ name: i.name, args: i.args }] : []));
}
