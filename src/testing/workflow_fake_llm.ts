// The scripted model of the test kit: the framework's FakeLLM (answers looked up by the caller's
// words, a tool output, or an `instructions:` key) that also understands workflow entry turns and
// records every request it receives.
import { llm, voice } from '@livekit/agents';
import { parseEntryTag } from '../workflow/index.js';

/** One scripted model turn: what it answers (`input`) and what it says or calls. */
export type ScriptedTurn = voice.testing.FakeLLMResponse;

/** What one LLM request contained, as the scripted model saw it. */
export interface LLMRequest {
  /** Every system message of the request, joined with newlines (instructions, known facts, entry tag). */
  system: string;
  /** The entry turn this request is, when an agent takes the call or is handed back to. */
  entry?: { agent: string; from?: string; isReturn: boolean };
  /** Names of the tools the model was offered, sorted. */
  tools: string[];
  /** The dialogue the model saw (no system messages), as "role: text" or "tool name: output". */
  messages: string[];
}

function systemText(chatCtx: llm.ChatContext): string {
  return chatCtx.items
    .filter((i): i is llm.ChatMessage => i.type === 'message' && i.role === 'system')
    .map((m) => m.textContent ?? '')
    .join('\n');
}

function dialogue(chatCtx: llm.ChatContext): string[] {
  return chatCtx.items.flatMap((i) => {
    if (i.type === 'message') return i.role === 'system' ? [] : [`${i.role}: ${i.textContent ?? ''}`];
    if (i.type === 'function_call') return [`call ${i.name}: ${i.args}`];
    if (i.type === 'function_call_output') return [`${i.name}: ${i.output}`];
    return [];
  });
}

/**
 * FakeLLM for workflows. Besides the framework's keys (the caller's words, a tool output as the
 * model sees it), a turn with `input: 'instructions:enter:<agent>'` answers the reply an agent makes
 * when it takes over, and `input: 'instructions:return:<agent>'` the one it makes when a called agent
 * hands back (falling back to the enter key when no return turn is scripted). Build turns with
 * `onEnter`, `onReturn`, `onCaller`, `afterTool`, `afterError` and `step`.
 *
 * Every request is kept in `requests` (system prompt, entry, tools offered, dialogue), so a test can
 * check what a model would have been told.
 */
export class WorkflowFakeLLM extends voice.testing.FakeLLM {
  /** Every request received, in order. */
  readonly requests: LLMRequest[] = [];

  override chat(options: Parameters<voice.testing.FakeLLM['chat']>[0]): llm.LLMStream {
    const system = systemText(options.chatCtx);
    const entry = parseEntryTag(system);
    const tools = Object.keys(llm.toToolContext(options.toolCtx)?.functionTools ?? {}).sort();
    this.requests.push({ system, entry, tools, messages: dialogue(options.chatCtx) });
    // After a tool call inside the entry turn, answer the tool output, not the entry again.
    if (entry && options.chatCtx.items.at(-1)?.type !== 'function_call_output') {
      // FakeLLM keys on a trailing `instructions:` line of a system message.
      const ctx = options.chatCtx.copy();
      const tagged = ctx.items.find(
        (i): i is llm.ChatMessage =>
          i.type === 'message' && i.role === 'system' && parseEntryTag(i.textContent ?? '') !== undefined,
      )!;
      const returnKey = `instructions:return:${entry.agent}`;
      const key = entry.isReturn && this.lookup(returnKey) ? returnKey : `instructions:enter:${entry.agent}`;
      tagged.content = [`${tagged.textContent ?? ''}\n${key}`];
      return super.chat({ ...options, chatCtx: ctx });
    }
    return super.chat(options);
  }

  /** The system prompt of every request, in order. */
  get prompts(): string[] {
    return this.requests.map((r) => r.system);
  }

  /** The system prompt of the last entry turn of `agent` (taking the call or being handed back to). */
  entryPrompt(agent: string): string | undefined {
    return this.requests.filter((r) => r.entry?.agent === agent).at(-1)?.system;
  }

  /** The last request, or undefined before the model was asked anything. */
  get lastRequest(): LLMRequest | undefined {
    return this.requests.at(-1);
  }
}
