// A value two tools take alike is not evidence for either: an item named in the "remove" examples
// must not turn an order for that item into a removal.
import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf } from '../fixtures/decide.js';

const plant = z
  .enum(['fern', 'cactus', 'orchid'])
  .describe('The plant: fern (boston fern), cactus (barrel cactus), orchid (moth orchid).');

const nursery = defineWorkflow({
  name: 'plant_nursery',
  userData: z.object({}),
  start: 'counter',
  agents: [
    {
      id: 'counter',
      description: 'Takes plant orders.',
      instructions: 'You take plant orders for delivery.',
      tools: {
        add_plant: llm.tool({
          description: 'Put a plant in the basket.',
          parameters: z.object({ plant, quantity: z.number().int().describe('How many of that plant.') }),
          execute: async () => 'Added.',
        }),
        drop_plant: llm.tool({
          description: 'Take a plant out of the basket.',
          parameters: z.object({ plant }),
          execute: async () => 'Dropped.',
        }),
      },
      examples: {
        add_plant: ['I would like to order two ferns', 'put one in the basket please'],
        drop_plant: ['take the moth orchid out', 'no barrel cactus after all', 'drop the orchid'],
      },
      canEndCall: true,
    },
  ],
  edges: [],
});

const { toolCtx, instructions } = builtAgent(nursery, 'counter');
const policy = new DialoguePolicy();
const decide = (said: string) => policy.decide(chatOf(instructions, [['caller', said]]), toolCtx);

describe('values several tools share', () => {
  it('an item named only in the removal examples does not make an order a removal', async () => {
    const d = await decide('two barrel cactus');
    expect(d.toolCalls).toEqual([{ name: 'add_plant', args: { plant: 'cactus', quantity: 2 } }]);
  });

  it('nor a question about that item', async () => {
    const d = await decide('does the moth orchid need much light?');
    expect(d.toolCalls).toEqual([]);
  });

  it('the removal words still decide a removal', async () => {
    const d = await decide('actually drop the fern');
    expect(d.toolCalls).toEqual([{ name: 'drop_plant', args: { plant: 'fern' } }]);
  });
});
