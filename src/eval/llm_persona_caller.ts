// An LLM plays the persona (EVAL_CALLER_LLM, or --llm env with a real model).
import { llm } from '@livekit/agents';
import type { PersonaSpec } from './scenario_schema.js';
import type { CallerView, SimulatedCaller } from './simulated_caller.js';

const HANG_UP = /\[(?:hang ?up|end|bye)\]|<hang ?up>/i;

export class LlmPersonaCaller implements SimulatedCaller {
  endReason?: string;
  private saidGoodbye = false;

  constructor(
    private readonly persona: PersonaSpec,
    private readonly model: llm.LLM,
  ) {}

  async next(view: CallerView): Promise<string | undefined> {
    if (this.saidGoodbye) return undefined;
    if (view.turn > this.persona.maxTurns) {
      this.endReason = `maxTurns (${this.persona.maxTurns}) reached`;
      return undefined;
    }
    const facts = Object.entries(this.persona.facts)
      .map(([k, v]) => `- ${k}: ${v}`)
      .join('\n');
    const chatCtx = llm.ChatContext.empty();
    chatCtx.addMessage({
      role: 'system',
      content: [
        `You are role-playing a caller phoning a voice agent${this.persona.name ? `. Your name is ${this.persona.name}` : ''}.`,
        `Your goal: ${this.persona.goal}`,
        facts
          ? `What you know (give these only when asked, in your own words):\n${facts}`
          : 'You have no other details.',
        'Speak as a real caller on the phone: one or two short sentences, no lists, no stage directions.',
        'If you are asked for something you do not know, say so. Do not invent account details.',
        'When your goal is met, or the agent clearly cannot help, say a brief goodbye and end that line with [hang up].',
      ].join('\n\n'),
    });
    for (const line of view.conversation) {
      // From the caller's seat the agent is the "user" it answers.
      chatCtx.addMessage({ role: line.role === 'agent' ? 'user' : 'assistant', content: line.text });
    }
    if (view.conversation.length === 0) chatCtx.addMessage({ role: 'user', content: '(the call connects)' });
    const text = (await completeText(this.model, chatCtx)).trim();
    if (!text) {
      this.endReason = 'the caller model said nothing';
      return undefined;
    }
    if (HANG_UP.test(text)) {
      this.endReason = 'caller hung up';
      const goodbye = text.replace(HANG_UP, '').trim();
      // Say the goodbye, then hang up on the next turn.
      if (goodbye) {
        this.saidGoodbye = true;
        return goodbye;
      }
      return undefined;
    }
    return text.replace(/^["']|["']$/g, '');
  }
}

/** Run one chat completion and return its text (tools off). */
export async function completeText(model: llm.LLM, chatCtx: llm.ChatContext): Promise<string> {
  const stream = model.chat({ chatCtx, extraKwargs: { temperature: 0 } });
  let text = '';
  try {
    for await (const chunk of stream) text += chunk.delta?.content ?? '';
  } finally {
    stream.close();
  }
  return text;
}
