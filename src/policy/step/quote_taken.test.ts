// A made-up bakery's cake desk: a check tells what delivery would cost ("we deliver to 02150 …
// delivery is $6.50"), and "oh six fifty, that's fine, go ahead" takes up the order for delivery,
// with the ZIP code checked and the street said with the question. A lookup that only shows an
// amount on a record (the order on file) is no quote: "okay fine" after it orders nothing.
import { llm } from '@livekit/agents';
import { expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf, type Turn } from '../fixtures/decide.js';

const bakery = defineWorkflow({
  name: 'bakery-cakes',
  userData: z.object({}),
  start: 'cakes',
  agents: [
    {
      id: 'cakes',
      description: 'Takes cake orders for collection or delivery.',
      instructions: 'Take cake orders. check_delivery says what delivery costs; then call order_cake.',
      canEndCall: true,
      steps: ['check_delivery', 'last_order'],
      tools: {
        check_delivery: llm.tool({
          description: 'Check whether we deliver to a ZIP code and what delivery costs.',
          parameters: z.object({ zip_code: z.string().describe('The five-digit ZIP code, like "02150".') }),
          execute: async ({ zip_code }) => `We deliver to ${zip_code} on Saturday. Delivery is $6.50.`,
        }),
        last_order: llm.tool({
          description: 'Look up the caller’s last cake order.',
          parameters: z.object({}),
          execute: async () => 'Your last order was a lemon sponge for $32.00.',
        }),
        order_cake: llm.tool({
          description: 'Place an order for the cake, for collection at the shop or for delivery to an address.',
          parameters: z.object({
            method: z.enum(['collection', 'delivery']).describe('collection or delivery'),
            street_address: z.string().optional().describe('For delivery: the street address with the house number.'),
            zip_code: z.string().optional().describe('For delivery: the five-digit ZIP code.'),
          }),
          execute: async () => 'Ordered.',
        }),
      },
    },
  ],
  edges: [],
});

async function decide(turns: Turn[]) {
  return new DialoguePolicy().decide(chatOf('Help the caller.', turns), builtAgent(bakery, 'cakes').toolCtx);
}

it('takes a go-ahead after a delivery quote as the order, for delivery', async () => {
  const d = await decide([
    ['assistant', 'Thanks for calling the bakery. How can I help?'],
    ['user', 'can you deliver the cake to twenty two hawthorn avenue, zip oh two one five oh, and what does it cost'],
    ['tool', 'check_delivery', { zip_code: '02150' }, 'We deliver to 02150 on Saturday. Delivery is $6.50.'],
    ['assistant', 'We deliver to 02150 on Saturday. Delivery is $6.50.'],
    ['user', "oh six fifty, that's fine, go ahead"],
  ]);
  expect(d.toolCalls.map((c) => c.name)).toEqual(['order_cake']);
  expect(d.toolCalls[0]!.args).toMatchObject({
    method: 'delivery',
    zip_code: '02150',
    street_address: '22 Hawthorn Avenue',
  });
});

it('orders nothing on "okay fine" after a lookup that shows an amount', async () => {
  const d = await decide([
    ['assistant', 'Thanks for calling the bakery. How can I help?'],
    ['user', 'what did i order last time'],
    ['tool', 'last_order', {}, 'Your last order was a lemon sponge for $32.00.'],
    ['assistant', 'Your last order was a lemon sponge for $32.00.'],
    ['user', 'okay fine'],
  ]);
  expect(d.toolCalls.map((c) => c.name)).not.toContain('order_cake');
});
