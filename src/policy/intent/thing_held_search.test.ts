// Whether the business has a thing, on a made-up record shop's line: "do you have anything by nina
// simone" at a front desk whose question tool takes only its own topics (hours, parking, returns)
// goes to the desk that searches the stock by the caller's words, not to "which topic is it?";
// "what time do you close" stays a question for the front desk.
import { llm } from '@livekit/agents';
import { afterEach, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { type OfflineCall, startOfflineCall } from '../fixtures/offline_call.js';

const shop = defineWorkflow({
  name: 'records',
  userData: z.object({}),
  start: 'front',
  agents: [
    {
      id: 'front',
      description: 'Answers the shop line and general questions.',
      instructions: 'You answer general questions with shop_info and send callers on.',
      canEndCall: true,
      examples: { shop_info: ['what time do you close', 'where can I park', 'can I return a record'] },
      tools: {
        shop_info: llm.tool({
          description: 'Answer a general question about the shop: opening hours, parking or returns.',
          parameters: z.object({
            topic: z.enum(['hours', 'parking', 'returns']).describe('What the question is about.'),
          }),
          execute: async () => 'We are open 10 to 6 every day.',
        }),
      },
    },
    {
      id: 'stock',
      description: 'Looks up records and sets one aside for the caller.',
      instructions: 'Search the stock with search_stock, then set a record aside with set_aside.',
      canEndCall: true,
      examples: { search_stock: ['is kind of blue in'], set_aside: ['put it aside for me'] },
      tools: {
        search_stock: llm.tool({
          description: 'Search the shop’s stock by title or artist and say what is in.',
          parameters: z.object({ query: z.string().describe('The title or artist the caller said, in their words.') }),
          execute: async ({ query }) => `Found 1 for "${query}": Pastel Blues, LP, item LP-2201, in stock.`,
        }),
        set_aside: llm.tool({
          description: 'Set a record aside for the caller to collect.',
          parameters: z.object({ item_id: z.string().describe('The item number from search_stock.') }),
          execute: async () => 'Set aside.',
        }),
      },
    },
  ],
  edges: [
    {
      from: 'front',
      to: 'stock',
      when: 'The caller is looking for a record or wants one set aside.',
      examples: ['I am looking for a record', 'can you put a record aside for me'],
    },
  ],
});

let call: OfflineCall | undefined;
afterEach(async () => call?.close());

it('sends "do you have anything by …" to the desk that searches the stock', async () => {
  call = await startOfflineCall(shop);
  await call.caller('hi there, do you have anything by nina simone');
  expect(call.runtime.path).toEqual(['front', 'stock']);
  expect(call.tools.at(-1)).toMatchObject({ name: 'search_stock' });
});

it('keeps "what time do you close" at the front desk', async () => {
  call = await startOfflineCall(shop);
  await call.caller('what time do you close today');
  expect(call.tools.at(-1)).toMatchObject({ name: 'shop_info', args: { topic: 'hours' } });
});
