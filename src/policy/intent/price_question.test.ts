// What something costs is asked of the one desk about prices. A made-up piano workshop: the front
// desk answers questions from its notes (no prices), the workshop desk tracks pianos in for work,
// the quotes desk gives prices. "How much would it be to get my two uprights tuned up" leans to the
// workshop by its words; it is a price question all the same. "How much do I owe" is not one.
import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf } from '../fixtures/decide.js';

const desk = (id: string, description: string) => ({
  id,
  description,
  instructions: description,
  returns: z.object({ summary: z.string().describe('What was found.') }),
  tools: {
    [`${id}_lookup`]: llm.tool({
      description,
      parameters: z.object({ detail: z.string().describe('What the caller asked about.') }),
      execute: async () => 'Done.',
    }),
  },
});

const workshop = defineWorkflow({
  name: 'piano-workshop',
  userData: z.object({}),
  start: 'front',
  agents: [
    {
      id: 'front',
      description: 'Answers the phone.',
      instructions: 'Answer questions about opening hours and parking with shop_notes; send callers on.',
      canEndCall: true,
      tools: {
        shop_notes: llm.tool({
          description: 'Answer a question about the shop: opening hours, parking, where we are.',
          parameters: z.object({ question: z.string().describe('The question, in the caller’s words.') }),
          execute: async () => 'Open 9 to 5.',
        }),
      },
      examples: { shop_notes: ['what are your hours', 'where can I park', 'are you open on sunday'] },
    },
    desk('workshop', 'Tracks pianos already in the workshop for tuning or repair: is it ready, what is owed.'),
    desk('quotes', 'Quotes prices for tuning and repairs.'),
  ],
  edges: [
    {
      from: 'front',
      to: 'workshop',
      mode: 'call',
      when: 'The caller asks about a piano already in for tuning or repair: is it ready, what they owe.',
      examples: [
        'is my piano ready yet',
        'my upright is in to get tuned up, is it done',
        'checking on my two uprights in for a general check',
        'what do I owe',
      ],
    },
    {
      from: 'front',
      to: 'quotes',
      mode: 'call',
      when: 'The caller wants to know what a tuning or repair costs.',
      examples: ['how much is a tuning', 'what do you charge for a repair'],
    },
  ],
});

const policy = new DialoguePolicy({ now: () => new Date('2026-03-05T10:00:00') });
const first = async (line: string) =>
  (await policy.decide(chatOf('Help the caller.', [['user', line]]), builtAgent(workshop, 'front').toolCtx))
    .toolCalls[0]?.name;

describe('a price question', () => {
  it('goes to the desk about prices, whatever the piano words lean to', async () => {
    expect(await first('um how much would it be to get my two uprights tuned up, just a general check')).toBe(
      'transfer_to_quotes',
    );
  });

  it('is not what is owed on a piano in for work', async () => {
    expect(await first('and how much do i owe on the upright in for tuning')).not.toBe('transfer_to_quotes');
    expect(await first('how much is still outstanding on my upright')).not.toBe('transfer_to_quotes');
  });
});
