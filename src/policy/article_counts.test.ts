// "a" is one of a thing named from a list ("a luggage tag"), never a number of people: "we'd like a
// guided tour" or "we are looking for a CRM" says nothing about how many are coming.
import { llm } from '@livekit/agents';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow, SqliteOperatorQueue, WorkflowRuntime } from '../workflow/index.js';
import { DialoguePolicy } from './dialogue_policy.js';

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

let toolCtx: llm.ToolContext;
let instructions: string;
beforeAll(() => {
  const runtime = new WorkflowRuntime(museum, { operatorQueue: new SqliteOperatorQueue(':memory:') });
  const agent = runtime.buildAgent('desk', { chatCtx: llm.ChatContext.empty() });
  toolCtx = agent.toolCtx;
  instructions = String(agent.instructions);
});

const policy = new DialoguePolicy();
function decide(said: string) {
  const ctx = llm.ChatContext.empty();
  ctx.addMessage({ role: 'system', content: instructions });
  ctx.addMessage({ role: 'user', content: said });
  return policy.decide(ctx, toolCtx);
}

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
