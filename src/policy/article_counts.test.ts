// "a" is one of a thing named from a list ("a luggage tag"), never a number of people: "we'd like a
// guided tour" or "we are looking for a CRM" says nothing about how many are coming.
import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../workflow/index.js';
import { DialoguePolicy } from './dialogue_policy.js';
import { builtAgent, chatOf } from './fixtures/decide.js';

const museum = defineWorkflow({
  name: 'tram_museum',
  userData: z.object({}),
  start: 'desk',
  agents: [
    {
      id: 'desk',
      description: 'Books guided tours and sells souvenirs.',
      instructions: 'You answer the phone at the tram museum.',
      tools: {
        book_tour: llm.tool({
          description: 'Book a guided tour of the tram depot or the museum hall.',
          parameters: z.object({
            tour: z.enum(['depot', 'hall']).describe('Which tour.'),
            group_size: z.number().int().describe('How many people are coming.'),
          }),
          execute: async () => 'Booked.',
        }),
        buy_souvenir: llm.tool({
          description: 'Order souvenirs from the museum shop.',
          parameters: z.object({
            item: z.enum(['poster', 'mug', 'model tram']).describe('Which souvenir.'),
            quantity: z.number().int().describe('How many of them.'),
          }),
          execute: async () => 'Ordered.',
        }),
      },
      examples: {
        book_tour: ['we would like a guided tour', 'can we visit the depot'],
        buy_souvenir: ['I want to buy something from the shop', 'can I order a souvenir'],
      },
      canEndCall: true,
    },
  ],
  edges: [],
});

const { toolCtx, instructions } = builtAgent(museum, 'desk');
const policy = new DialoguePolicy();
const decide = (said: string) => policy.decide(chatOf(instructions, [['caller', said]]), toolCtx);

describe('an article as a count', () => {
  it('counts one of a thing named from a list', async () => {
    const d = await decide('could I order a mug please');
    expect(d.toolCalls).toEqual([{ name: 'buy_souvenir', args: { item: 'mug', quantity: 1 } }]);
  });

  it('never counts people: the group size is asked for', async () => {
    const d = await decide('we would like a guided tour of the depot');
    expect(d.toolCalls).toEqual([]);
    expect(d.content).toMatch(/group size|how many/i);
  });
});
