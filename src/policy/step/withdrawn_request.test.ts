// A request taken back before anything was done, in a made-up record shop's words: "actually, no,
// don't do it, forget the refund" starts no refund (the tool's own word in the line is no request);
// what is said after the taking back ("forget the card, I will collect it") is the turn.
import { llm } from '@livekit/agents';
import { afterEach, expect, it } from 'vitest';
import { z } from 'zod';
import { afterTakingBack } from '../cues.js';
import { defineWorkflow } from '../../workflow/index.js';
import { type OfflineCall, startOfflineCall } from '../fixtures/offline_call.js';

const recordShop = defineWorkflow({
  name: 'record-shop',
  userData: z.object({}),
  start: 'counter',
  agents: [
    {
      id: 'counter',
      description: 'Handles record orders.',
      instructions: 'You help with orders: where they are, and refunds.',
      tools: {
        request_refund: llm.tool({
          description: 'Refund an order.',
          parameters: z.object({
            order_id: z.string().describe('The order number, four digits like "4471".'),
            reason: z.string().describe('Why the caller wants the refund, in their words.'),
          }),
          execute: async ({ order_id }) => `Order ${order_id} is refunded.`,
        }),
        order_status: llm.tool({
          description: 'Say where an order is.',
          parameters: z.object({ order_id: z.string().describe('The order number, four digits like "4471".') }),
          execute: async ({ order_id }) => `Order ${order_id} ships tomorrow.`,
        }),
      },
      examples: {
        request_refund: ['I want a refund', 'refund my order please, the vinyl was warped'],
        order_status: ['where is my order', 'has my order shipped'],
      },
      canEndCall: true,
    },
  ],
  edges: [],
});

let call: OfflineCall | undefined;
afterEach(async () => call?.close());

it('starts nothing on a line that takes the request back', async () => {
  call = await startOfflineCall(recordShop);
  await call.caller('hi, it is about order 4471, the sleeve arrived torn');
  await call.caller("actually, hmm, no. don't do it. I'd rather keep it simple, forget the refund");
  expect(call.tools.filter((t) => t.name === 'request_refund')).toEqual([]);
});

it('keeps what the caller says after taking a request back', () => {
  expect(afterTakingBack('send me a gift card, no actually, forget the card, I will collect it in the shop')).toBe(
    'I will collect it in the shop',
  );
  expect(afterTakingBack("actually, hmm, no. don't do it.")).toBe('');
});
