// "how many bikes can I take on the tour" at a desk that answers general questions: a question of
// how much, its "can I" inside it, is for that desk, not a request for the desk its words name
// (the bookings desk also takes bikes). A made-up cycling-tour company.
import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { ASKS_HOW_MUCH } from '../lexicon/index.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf } from '../fixtures/decide.js';

const tours = defineWorkflow({
  name: 'cycling-tours',
  userData: z.object({}),
  start: 'desk',
  agents: [
    {
      id: 'desk',
      description: 'Answers general questions and routes callers.',
      instructions: 'Answer general questions with tour_info; anything about their own tour booking goes to bookings.',
      canEndCall: true,
      tools: {
        tour_info: llm.tool({
          description: 'Answer general questions: how many bikes and bags a tour place includes, start times, helmets.',
          parameters: z.object({
            topic: z
              .enum(['luggage', 'start_times', 'helmets'])
              .describe('luggage (bags and bikes allowed), start_times, helmets.'),
          }),
          execute: async () => 'Two bags and one bike each.',
        }),
      },
      examples: { tour_info: ['how many bags can I bring', 'when do tours start', 'do you lend helmets'] },
    },
    {
      id: 'bookings',
      description: 'Changes the caller’s own tour booking.',
      instructions: 'You change bookings.',
      canEndCall: true,
      tools: {
        add_bike: llm.tool({
          description: 'Add checked bags or a rental bike to the caller’s tour booking.',
          parameters: z.object({ count: z.number().int().describe('How many bikes.') }),
          execute: async () => 'Added.',
        }),
      },
    },
  ],
  edges: [
    {
      from: 'desk',
      to: 'bookings',
      when: 'Anything about their own booking: adding a checked bag or a bike, cancelling.',
    },
  ],
});

const policy = new DialoguePolicy({ now: () => new Date('2026-03-05T10:00:00') });

describe('a question of how much with "can I" in it', () => {
  it('stays with the desk that answers questions', async () => {
    const d = await policy.decide(
      chatOf('Help the caller.', [['user', 'how many bags can i check on the coast tour']]),
      builtAgent(tours, 'desk').toolCtx,
    );
    expect(d.toolCalls.map((c) => c.name)).toEqual(['tour_info']);
  });

  it('is told from a request', () => {
    expect(ASKS_HOW_MUCH.test('how big can my suitcase be')).toBe(true);
    expect(ASKS_HOW_MUCH.test('when can we start')).toBe(true);
    expect(ASKS_HOW_MUCH.test('can i add a bike to my booking')).toBe(false);
    expect(ASKS_HOW_MUCH.test('what i need is, can i add a bike')).toBe(false);
  });
});
