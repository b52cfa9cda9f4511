// Two requests in one breath, one for the desk the caller is sent to and one for another desk:
// the desk they reach serves its own part first instead of passing them straight on. A made-up
// garden centre: a front desk, mower repairs (books a repair by the mower's make) and accounts
// (refunds by receipt number), and repairs may pass a caller to accounts.
import { llm } from '@livekit/agents';
import { afterEach, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { type OfflineCall, startOfflineCall } from '../fixtures/offline_call.js';

const gardenCentre = defineWorkflow({
  name: 'garden-centre',
  userData: z.object({}),
  start: 'front',
  agents: [
    {
      id: 'front',
      description: 'Answers the garden centre line.',
      instructions: 'You answer the phone.',
      canEndCall: true,
    },
    {
      id: 'repairs',
      description: 'Books repairs for lawnmowers and hedge trimmers that do not work.',
      canEndCall: true,
      instructions: 'You book repairs for broken lawnmowers and hedge trimmers.',
      tools: {
        book_repair: llm.tool({
          description: 'Book a repair for a lawnmower or hedge trimmer that will not start or cut.',
          parameters: z.object({ make: z.string().describe('The make of the machine, like "Hayter".') }),
          execute: async ({ make }) => `Repair R-77 booked for the ${make}.`,
        }),
      },
    },
    {
      id: 'accounts',
      description: 'Refunds and receipts.',
      canEndCall: true,
      instructions: 'You handle refunds.',
      tools: {
        refund_purchase: llm.tool({
          description: 'Refund a purchase by its receipt number.',
          parameters: z.object({ receipt: z.string().describe('The receipt number, like "GC-5521".') }),
          execute: async ({ receipt }) => `Receipt ${receipt} is refunded.`,
        }),
      },
    },
  ],
  edges: [
    {
      from: 'front',
      to: 'repairs',
      when: 'The caller has a lawnmower or hedge trimmer that does not work.',
      examples: ['my mower is broken', 'the hedge trimmer will not start', 'I need a repair'],
    },
    {
      from: 'front',
      to: 'accounts',
      when: 'The caller wants money back or asks about a receipt.',
      examples: ['I want a refund', 'I want my money back', 'a question about my receipt'],
    },
    {
      from: 'repairs',
      to: 'accounts',
      when: 'The caller wants money back for something they bought.',
      examples: ['I want a refund', 'I want my money back for it', 'can I get money back'],
    },
  ],
});

let call: OfflineCall | undefined;
afterEach(async () => call?.close());

it('the desk a caller is sent to serves its part of two requests before passing them on', async () => {
  call = await startOfflineCall(gardenCentre);
  await call.caller(
    "my lawnmower won't start since Sunday, and honestly I want my money back for the blade you sold me",
  );
  expect(call.runtime.path).toEqual(['front', 'repairs']);
  expect(call.transcript.at(-1)).toMatch(/make/i);
});

it('then the other request is taken up once the caller brings it back', async () => {
  call = await startOfflineCall(gardenCentre);
  await call.caller(
    "my lawnmower won't start since Sunday, and honestly I want my money back for the blade you sold me",
  );
  // The answer to the agent's own question for a free-text detail, without its lead-in; "it's a
  // Hayter" introduces no one.
  await call.caller("it's a Hayter");
  expect(call.tools.find((t) => t.name === 'book_repair')?.args).toEqual({ make: 'Hayter' });
  await call.caller('ok. and about the money back for the blade, the receipt is GC-5521');
  expect(call.runtime.path).toEqual(['front', 'repairs', 'accounts']);
});

it('two requests joined by "and I want" with no comma go to the desk of the first', async () => {
  call = await startOfflineCall(gardenCentre);
  await call.caller('hi, two things, my hedge trimmer will not start and i want my money back for a receipt');
  expect(call.runtime.path).toEqual(['front', 'repairs']);
});
