// "can someone just call me tomorrow at ten" asks for a callback as surely as "call me back": a
// made-up plumber's line whose desk books callbacks or opens a job. "you can call me Dave" does not.
import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../workflow/index.js';
import { builtAgent } from './fixtures/decide.js';
import { DialoguePolicy } from './dialogue_policy.js';
import { joinPhrases } from './synonyms.js';

const plumber = defineWorkflow({
  name: 'plumber',
  userData: z.object({}),
  start: 'desk',
  agents: [
    {
      id: 'desk',
      description: 'Books plumbing jobs.',
      instructions: 'You help callers with plumbing problems.',
      canEndCall: true,
      tools: {
        book_callback: llm.tool({
          description: 'Book a call back from a plumber at a time that suits the caller.',
          parameters: z.object({
            phone: z.string().describe('The number to call back.'),
            time: z.string().describe('When to call, as the caller said it.'),
          }),
          execute: async () => 'Booked.',
        }),
        open_job: llm.tool({
          description: 'Open a plumbing job for a leak, a blocked drain or no hot water.',
          parameters: z.object({ problem: z.string().describe('What is wrong.') }),
          execute: async () => 'Opened.',
        }),
      },
    },
  ],
  edges: [],
});

async function decide(said: string) {
  const ctx = llm.ChatContext.empty();
  ctx.addMessage({ role: 'system', content: 'You help callers with plumbing problems.' });
  ctx.addMessage({ role: 'assistant', content: 'Hello, how can I help?' });
  ctx.addMessage({ role: 'user', content: said });
  return new DialoguePolicy().decide(ctx, builtAgent(plumber, 'desk').toolCtx);
}

describe('a call to the caller at a time', () => {
  it('reads as a callback', () => {
    expect(joinPhrases('can someone just call me tomorrow at ten')).toContain('callback');
    expect(joinPhrases('could somebody ring me tonight around nine')).toContain('callback');
    expect(joinPhrases('you can call me dave')).not.toContain('callback');
  });

  it('asks for the callback’s number rather than opening a job', async () => {
    const d = await decide('could somebody ring me tonight around nine');
    expect(d.toolCalls).toEqual([]);
    expect(d.content).toMatch(/number/i);
  });
});
