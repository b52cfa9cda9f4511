// The head of a request decides the desk: "I want a refund for the cleaning visit" asks for a
// refund (the accounts desk) even though "cleaning" and "visit" are the reception's own words.
// A dental practice, worded apart from any app's examples.
import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { builtAgent } from '../fixtures/decide.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { requestHead } from '../intent_classifier.js';

const dental = defineWorkflow({
  name: 'dental',
  userData: z.object({}),
  start: 'reception',
  agents: [
    {
      id: 'reception',
      description: 'Books visits and takes complaints.',
      instructions: 'You answer the phone for Bright Smile Dental.',
      canEndCall: true,
      tools: {
        log_complaint: llm.tool({
          description: 'Write down a complaint about a visit for the practice manager.',
          parameters: z.object({ summary: z.string().describe('What went wrong.') }),
          execute: async () => 'Logged.',
        }),
      },
      examples: {
        log_complaint: [
          'I want to complain about the hygienist who did my cleaning visit',
          'the cleaning visit was rushed and nobody explained anything',
        ],
      },
    },
    { id: 'accounts', description: 'Money.', instructions: 'You are accounts.', canEndCall: true },
  ],
  edges: [
    {
      from: 'reception',
      to: 'accounts',
      when: 'Invoices, payments or refunds.',
      examples: ['I want a refund', 'question about my invoice'],
    },
  ],
});

async function decide(said: string) {
  const ctx = llm.ChatContext.empty();
  ctx.addMessage({ role: 'system', content: 'Answer the phone.' });
  ctx.addMessage({ role: 'user', content: said });
  const d = await new DialoguePolicy().decide(ctx, builtAgent(dental, 'reception').toolCtx);
  return d.toolCalls.map((c) => c.name);
}

describe('the head of a request', () => {
  it('is what follows the caller’s wanting, up to the words that say which one', () => {
    expect(requestHead('I want a refund for the cleaning visit')).toEqual(['refund']);
    expect(requestHead("hi, I'd like to check my latest bill")).toEqual(['latest', 'bill']);
    expect(requestHead('the cleaning visit was rushed')).toEqual([]);
  });

  it('routes by the head when the rest is this desk’s own vocabulary', async () => {
    expect(await decide('I want a refund for the cleaning visit, the hygienist barely did anything')).toEqual([
      'transfer_to_accounts',
    ]);
  });

  it('keeps the desk’s own work where the head is its own', async () => {
    expect(await decide('I want to complain about the cleaning visit, it was rushed')).toEqual(['log_complaint']);
  });
});
