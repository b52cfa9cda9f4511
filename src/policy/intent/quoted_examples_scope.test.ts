// A made-up paint shop: the counter takes orders; the advisor, reached by a call, says whether two
// paints go together, and its argument names the brands it knows in quotes ('as the caller said
// it: "Dulux", "Valspar", "Ronseal"'). After an order, "is that alright with it?" about a
// brand only the advisor names goes to the advisor, not "sorry, I didn't catch that".
import { llm } from '@livekit/agents';
import { expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf } from '../fixtures/decide.js';

const shop = defineWorkflow({
  name: 'paint-shop',
  userData: z.object({}),
  start: 'counter',
  agents: [
    {
      id: 'counter',
      description: 'Takes orders for paint and brushes.',
      instructions: 'Take orders with order_item. Questions about mixing paints go to the advisor.',
      canEndCall: true,
      tools: {
        order_item: llm.tool({
          description: 'Order tins of paint or brushes for collection.',
          parameters: z.object({ item: z.string().describe('What to order, like "white gloss".') }),
          execute: async () => 'Ordered two tins of white gloss for collection tomorrow.',
        }),
      },
      examples: { order_item: ['I need two tins of white gloss', 'can I order a brush'] },
    },
    {
      id: 'advisor',
      description: 'The paint advisor: whether two paints can be used together.',
      instructions: 'Say whether two paints go together with check_mix, then hand back.',
      tools: {
        check_mix: llm.tool({
          description: 'Check whether two paints can be used one over the other.',
          parameters: z.object({
            paint_a: z.string().describe('The first paint, as the caller said it: "Dulux", "Valspar", "Ronseal".'),
            paint_b: z.string().describe('The second paint, as the caller said it.'),
          }),
          execute: async () => 'Yes, they go together.',
        }),
      },
      returns: z.object({ answered: z.boolean().describe('True when the question was answered.') }),
    },
  ],
  edges: [
    {
      from: 'counter',
      to: 'advisor',
      mode: 'call',
      when: 'The caller has a question for the advisor: whether two paints can be used together.',
      examples: ['can I put gloss over emulsion', 'I have a question for the advisor'],
    },
  ],
});

it('sends a question about a brand only the advisor names to the advisor', async () => {
  const d = await new DialoguePolicy().decide(
    chatOf('Help the caller.', [
      ['user', 'i need two tins of white gloss'],
      ['tool', 'order_item', { item: 'white gloss' }, 'Ordered two tins of white gloss for collection tomorrow.'],
      ['assistant', 'Ordered two tins of white gloss for collection tomorrow.'],
      ['user', 'oh and one more thing, i have some ronseal left from last year, is that alright with it?'],
    ]),
    builtAgent(shop, 'counter').toolCtx,
  );
  expect(d.toolCalls.map((c) => c.name)).toEqual(['transfer_to_advisor']);
});
