// History policies: what conversation crosses an edge into the next agent.
import { llm } from '@livekit/agents';
import { neutralizeCallerText } from './caller_text.js';
import type { HistoryOption, HistoryPolicy, HistoryPolicyText } from './declaration.js';

type ChatMessage = llm.ChatMessage;
/** Anything with chat items: a ChatContext or the framework's read-only view of an agent's context. */
export type ChatItems = { readonly items: readonly llm.ChatItem[] };

const POLICY_HELP = 'use full, none, summary or last:N (N ≥ 1), or { keep: all | none | summary | last, turns }';

/**
 * The one place a history option becomes a HistoryPolicy: the text forms (`full`, `none`,
 * `summary`, `last:N`) and the typed ones are both accepted; anything else throws a sentence
 * naming the bad value.
 */
export function parseHistoryPolicy(option: HistoryOption): HistoryPolicy {
  if (typeof option === 'string') {
    if (option === 'full') return { keep: 'all' };
    if (option === 'none' || option === 'summary') return { keep: option };
    const match = /^last:(\d+)$/.exec(option);
    if (match && Number(match[1]) > 0) return { keep: 'last', turns: Number(match[1]) };
    throw new Error(`Unknown history policy "${option}": ${POLICY_HELP}.`);
  }
  const keep = (option as { keep?: unknown } | null)?.keep;
  if (keep === 'all' || keep === 'none' || keep === 'summary') return { keep };
  if (keep === 'last') {
    const turns = (option as { turns?: unknown }).turns;
    if (typeof turns === 'number' && Number.isInteger(turns) && turns > 0) return { keep, turns };
    throw new Error(`History policy { keep: 'last' } needs whole turns ≥ 1, got ${String(turns)}.`);
  }
  throw new Error(`Unknown history policy ${JSON.stringify(option)}: ${POLICY_HELP}.`);
}

/** The text form of a policy, as events, records and diagrams show it (`full`, `last:4`...). */
export function historyPolicyText(policy: HistoryPolicy): HistoryPolicyText {
  switch (policy.keep) {
    case 'all':
      return 'full';
    case 'last':
      return `last:${policy.turns}`;
    default:
      return policy.keep;
  }
}

/** The caller/agent dialogue only: no instructions, tool calls, handoff markers or empty messages. */
export function dialogueMessages(chatCtx: ChatItems): ChatMessage[] {
  return chatCtx.items.filter(
    (item): item is ChatMessage =>
      item.type === 'message' &&
      (item.role === 'user' || item.role === 'assistant') &&
      (item.textContent ?? '').trim() !== '',
  );
}

/** Keep the last N caller turns, each with the agent replies that followed it. */
export function lastTurns(messages: ChatMessage[], turns: number): ChatMessage[] {
  let seen = 0;
  for (let i = messages.length - 1; i >= 0; i--) {
    if (messages[i]!.role === 'user') {
      seen += 1;
      if (seen === turns) return messages.slice(i);
    }
  }
  return messages;
}

/** Extractive fallback summary: the caller's own statements, shortened, newest last. */
export function extractiveSummary(messages: ChatMessage[], maxChars = 600): string {
  const said = messages
    .filter((m) => m.role === 'user')
    // The caller's words go into the next agent's context: neutralised, one line, capped.
    .map((m) => neutralizeCallerText(m.textContent ?? '', 160).replace(/\s\|\s/g, ' / '))
    .filter((t) => t.length > 0);
  let summary = '';
  for (let i = said.length - 1; i >= 0; i--) {
    const next = `${said[i]}${summary ? ' | ' : ''}${summary}`;
    if (next.length > maxChars) break;
    summary = next;
  }
  return summary ? `The caller said: ${summary}` : 'The caller has not said anything yet.';
}

/**
 * Ask an LLM for a short summary within `timeoutMs`; rejects on error, empty text or the deadline.
 * One attempt, no retries: when it loses the race its request is cancelled (the stream closed),
 * so a failing model is not retried in the background while the caller waits.
 */
export async function llmSummary(model: llm.LLM, messages: ChatMessage[], timeoutMs: number): Promise<string> {
  const transcript = messages
    .map((m) => `${m.role === 'user' ? 'Caller' : 'Agent'}: ${m.textContent ?? ''}`)
    .join('\n');
  const ctx = llm.ChatContext.empty();
  ctx.addMessage({
    role: 'system',
    content:
      'Summarise this support call for the colleague taking over, in at most three short sentences: who the caller is, what they need, and what was already tried. Output only the summary.',
  });
  ctx.addMessage({ role: 'user', content: transcript });
  const stream = model.chat({
    chatCtx: ctx,
    connOptions: { maxRetry: 0, timeoutMs, retryIntervalMs: 0 },
  });
  let timer: NodeJS.Timeout | undefined;
  try {
    let text = '';
    const collect = (async () => {
      for await (const chunk of stream) text += chunk.delta?.content ?? '';
    })();
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('summary timed out')), timeoutMs);
    });
    collect.catch(() => {});
    await Promise.race([collect, deadline]);
    // The summary retells what the caller said, so it is caller-influenced text too.
    const clean = neutralizeCallerText(text, 600);
    if (!clean) throw new Error('empty summary');
    return clean;
  } finally {
    clearTimeout(timer);
    stream.close();
  }
}

/** An LLM summary when a model can give one in time, else the extractive summary. Never throws. */
export async function summarize(
  messages: ChatMessage[],
  summarizer: llm.LLM | undefined,
  timeoutMs: number,
): Promise<string> {
  if (!summarizer) return extractiveSummary(messages);
  try {
    return await llmSummary(summarizer, messages, timeoutMs);
  } catch {
    return extractiveSummary(messages);
  }
}

export interface CarryHistoryOptions {
  policy: HistoryOption;
  /** The model that may summarise; undefined forces the extractive summary. */
  summarizer?: llm.LLM;
  summaryTimeoutMs: number;
}

/** Build the chat context the next agent starts with. */
export async function carryHistory(
  source: ChatItems,
  { policy, summarizer, summaryTimeoutMs }: CarryHistoryOptions,
): Promise<{ chatCtx: llm.ChatContext; summary?: string }> {
  const parsed = parseHistoryPolicy(policy);
  const messages = dialogueMessages(source);
  const out = llm.ChatContext.empty();
  if (parsed.keep === 'none') return { chatCtx: out };
  if (parsed.keep === 'summary') {
    const summary = await summarize(messages, summarizer, summaryTimeoutMs);
    out.addMessage({ role: 'assistant', content: `(Summary of the call so far) ${summary}` });
    return { chatCtx: out, summary };
  }
  const kept = parsed.keep === 'last' ? lastTurns(messages, parsed.turns) : messages;
  for (const m of kept) out.addMessage({ role: m.role, content: m.textContent ?? '' });
  return { chatCtx: out };
}
