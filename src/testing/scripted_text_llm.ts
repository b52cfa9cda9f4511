// A text-only llm.LLM that answers from a list or a function of the prompt: tests of judges and
// LLM callers run through the real llm.chat() streaming path without a model.
import { DEFAULT_API_CONNECT_OPTIONS, llm } from '@livekit/agents';

type Answer = string | ((chatCtx: llm.ChatContext) => string);

export class ScriptedTextLLM extends llm.LLM {
  /** Every prompt received, in order. */
  readonly prompts: llm.ChatContext[] = [];
  private i = 0;

  constructor(private readonly answers: Answer[] | ((chatCtx: llm.ChatContext) => string)) {
    super();
  }

  label(): string {
    return 'scripted-text-llm';
  }

  nextAnswer(chatCtx: llm.ChatContext): string {
    this.prompts.push(chatCtx.copy());
    if (typeof this.answers === 'function') return this.answers(chatCtx);
    const answer = this.answers[Math.min(this.i++, this.answers.length - 1)] ?? '';
    return typeof answer === 'function' ? answer(chatCtx) : answer;
  }

  chat({ chatCtx }: { chatCtx: llm.ChatContext; toolCtx?: llm.ToolContext }): llm.LLMStream {
    return new ScriptedTextStream(this, chatCtx);
  }
}

class ScriptedTextStream extends llm.LLMStream {
  constructor(
    private readonly owner: ScriptedTextLLM,
    chatCtx: llm.ChatContext,
  ) {
    super(owner, { chatCtx, toolCtx: undefined, connOptions: DEFAULT_API_CONNECT_OPTIONS });
  }

  protected async run(): Promise<void> {
    const text = this.owner.nextAnswer(this.chatCtx);
    // Several chunks, as a streaming model sends them.
    for (let i = 0; i < text.length; i += 7) {
      this.queue.put({ id: 'scripted', delta: { role: 'assistant', content: text.slice(i, i + 7) } });
    }
  }
}
