// FakeLLM that also understands workflow entry turns: a response with
// `input: 'instructions:enter:<agent>'` answers the reply an agent makes when it takes over, and
// `input: 'instructions:return:<agent>'` the one it makes when a called agent hands back (falling
// back to the enter key when no return response is scripted). See entryTag in the workflow core.
import { type llm, voice } from '@livekit/agents';
import { parseEntryTag } from '../workflow/tool_meta.js';

export class WorkflowFakeLLM extends voice.testing.FakeLLM {
  override chat(options: Parameters<voice.testing.FakeLLM['chat']>[0]): llm.LLMStream {
    const system = options.chatCtx.items.find((i) => i.type === 'message' && i.role === 'system') as
      llm.ChatMessage | undefined;
    const entry = system ? parseEntryTag(system.textContent ?? '') : undefined;
    const last = options.chatCtx.items.at(-1);
    // After a tool call inside the entry turn, answer the tool output, not the entry again.
    if (entry && last?.type !== 'function_call_output') {
      // FakeLLM keys generateReply instructions on a trailing `instructions:` line.
      const ctx = options.chatCtx.copy();
      const sys = ctx.items.find((i) => i.type === 'message' && i.role === 'system') as llm.ChatMessage;
      const returnKey = `instructions:return:${entry.agent}`;
      const key = entry.isReturn && this.lookup(returnKey) ? returnKey : `instructions:enter:${entry.agent}`;
      sys.content = [`${sys.textContent ?? ''}\n${key}`];
      return super.chat({ ...options, chatCtx: ctx });
    }
    return super.chat(options);
  }
}
