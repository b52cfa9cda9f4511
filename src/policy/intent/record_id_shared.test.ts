// A record's id that two onward desks take, on a made-up flower shop: the desk for existing orders
// (every tool takes the order number) and the desk for new orders (which also adds a card to an
// order just placed). "hi I've got an order, F L four eight two one, it needs to come a day later"
// is about that order: the desk whose work is the record. A long line the classifier reads as a
// hang-up is no goodbye.
import { llm } from '@livekit/agents';
import { afterEach, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { type OfflineCall, startOfflineCall } from '../fixtures/offline_call.js';

const orderId = z.string().describe('The order number, like "FL-4821".');
const tool = (description: string, parameters: z.ZodObject<z.ZodRawShape>) =>
  llm.tool({ description, parameters, execute: async () => 'Done.' });

const shop = defineWorkflow({
  name: 'flower-shop',
  userData: z.object({}),
  start: 'front',
  agents: [
    {
      id: 'front',
      description: 'Answers the flower shop line and sends callers on.',
      instructions: 'Send callers on.',
      canEndCall: true,
      examples: { end_call: ['no that is all, thanks', 'bye'] },
    },
    {
      id: 'orders',
      description: 'Looks after orders already placed.',
      instructions: 'Move or cancel orders.',
      canEndCall: true,
      tools: {
        move_delivery: tool('Move the delivery of an order to another day.', z.object({ order_id: orderId })),
        cancel_order: tool('Cancel an order.', z.object({ order_id: orderId })),
      },
    },
    {
      id: 'new_orders',
      description: 'Takes new flower orders.',
      instructions: 'Take new orders.',
      canEndCall: true,
      tools: {
        place_order: tool(
          'Place an order for a bouquet.',
          z.object({ bouquet: z.enum(['roses', 'tulips', 'lilies']).describe('roses, tulips or lilies') }),
        ),
        add_card: tool('Add a card to an order.', z.object({ order_id: orderId })),
      },
    },
  ],
  edges: [
    { from: 'front', to: 'orders', when: 'The caller has an order and wants to move or cancel it.' },
    { from: 'front', to: 'new_orders', when: 'The caller wants to order flowers, with a card.' },
  ],
});

let call: OfflineCall | undefined;
afterEach(async () => call?.close());

it('sends an id two desks take to the desk whose work is that record', async () => {
  call = await startOfflineCall(shop);
  await call.caller(
    "hi i've got an order, f l four eight two one, and i need the card to come a day later than planned",
  );
  expect(call.runtime.path).toEqual(['front', 'orders']);
});
