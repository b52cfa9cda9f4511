// A quote that left the bike type open and listed the types with their prices, on a made-up bike
// hire: after a question in between ("Which bike type is it: city, road or cargo?"), the type
// picked is the same quote narrowed — the days said for the listing stand, not asked again.
import { llm } from '@livekit/agents';
import { expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf } from '../fixtures/decide.js';

const shop = defineWorkflow({
  name: 'bike-hire-listing',
  userData: z.object({}),
  start: 'desk',
  agents: [
    {
      id: 'desk',
      description: 'Hire desk.',
      instructions: 'You quote bikes.',
      canEndCall: true,
      tools: {
        quote_bike: llm.tool({
          description: 'Quote a bike for some days. Without a type, lists the free types with their prices.',
          parameters: z.object({
            from_day: z.string().describe('The first day, as said ("Friday").'),
            to_day: z.string().describe('The last day, or a length ("for two days").'),
            bike_type: z.enum(['city', 'road', 'cargo']).optional().describe('city, road or cargo.'),
          }),
          execute: async () => 'Quoted.',
        }),
      },
    },
  ],
  edges: [],
});

const LISTED =
  'Free from Friday to Sunday: city at $20 a day, road at $35 a day, cargo at $50 a day. Which type would they like?';

it('keeps the days of the listing when the type is picked after a question in between', async () => {
  const policy = new DialoguePolicy({ now: () => new Date('2026-03-05T10:00:00') });
  const d = await policy.decide(
    chatOf('Help the caller.', [
      ['user', 'what have you got from friday for two days'],
      ['tool', 'quote_bike', { from_day: 'friday', to_day: 'for two days' }, LISTED],
      [
        'assistant',
        'Free from Friday to Sunday: city at $20 a day, road at $35 a day, cargo at $50 a day. Which type would you like?',
      ],
      ['user', 'hmm, no idea what kind'],
      ['assistant', "Sorry, I didn't catch that. Which bike type is it: city, road or cargo?"],
      ['user', 'the road one then'],
    ]),
    builtAgent(shop, 'desk').toolCtx,
  );
  expect(d.toolCalls.map((c) => [c.name, c.args])).toEqual([
    ['quote_bike', { from_day: 'friday', to_day: 'for two days', bike_type: 'road' }],
  ]);
});
