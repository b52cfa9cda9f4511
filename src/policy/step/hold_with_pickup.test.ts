// "put a hold on the cassette, pickup at downtown" on a made-up record shop: the request and the
// pickup store are one hold, not a list of items where "hold" is a thing the list lacks. The line
// used to be split like an order ("two cokes") and the caller told "Sorry, I couldn't find hold."
import { llm } from '@livekit/agents';
import { afterEach, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { type OfflineCall, startOfflineCall } from '../fixtures/offline_call.js';

const recordShop = defineWorkflow({
  name: 'record-shop',
  userData: z.object({}),
  start: 'counter',
  agents: [
    {
      id: 'counter',
      description: 'Finds records and holds them for pickup.',
      instructions: 'Search the stock with search_stock, then hold the item the caller wants with hold_item.',
      canEndCall: true,
      tools: {
        search_stock: llm.tool({
          description: 'Search the stock by title or artist.',
          parameters: z.object({
            query: z.string().describe('The title, artist or keywords the caller said, in their words.'),
            format: z.enum(['any', 'vinyl', 'cassette']).optional().describe('Only this format, if said.'),
          }),
          execute: async () => 'Found 1: Blue Lines by Massive Attack, cassette, item CS-1201: in stock.',
        }),
        hold_item: llm.tool({
          description: 'Hold an item for the caller to pick up at a store.',
          parameters: z.object({
            item_id: z.string().describe('The item number from search_stock: two letters, a dash and four digits.'),
            pickup_store: z.enum(['downtown', 'harbour']).describe('Where to pick it up: downtown or harbour.'),
          }),
          execute: async ({ item_id, pickup_store }) => `Held ${item_id} at ${pickup_store}.`,
        }),
      },
    },
  ],
  edges: [],
});

let call: OfflineCall | undefined;
afterEach(async () => call?.close());

it('holds the item found, at the store named, without a "could not find" note', async () => {
  call = await startOfflineCall(recordShop);
  await call.caller('do you have blue lines on cassette');
  await call.caller('yeah put a hold on the cassette, pickup at downtown');
  const hold = call.tools.find((t) => t.name === 'hold_item');
  expect(hold?.args).toMatchObject({ item_id: 'CS-1201', pickup_store: 'downtown' });
  expect(call.transcript.join('\n')).not.toMatch(/couldn't find/i);
});
