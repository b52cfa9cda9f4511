// A quote that left a choice open lists every option with its price ("Free on Friday: city at $20 a
// day, road at $35 a day, cargo at $50 a day. Which type would they like?"); "whichever one is
// cheapest" picks among them and is the same quote again with that choice. A made-up bike hire.
import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf, type Turn } from '../fixtures/decide.js';
import { readOffered } from './offered.js';

const quoteBike = llm.tool({
  description: 'Quote a bike for a day. Without a type, lists the free types with their prices.',
  parameters: z.object({
    day: z.string().describe('The day they want it, as said ("Friday").'),
    bike_type: z.enum(['city', 'road', 'cargo']).optional().describe('city, road or cargo.'),
  }),
  execute: async () => 'Quoted.',
});

const shop = defineWorkflow({
  name: 'bike-hire-quotes',
  userData: z.object({}),
  start: 'desk',
  agents: [
    {
      id: 'desk',
      description: 'Hire desk.',
      instructions: 'You quote bikes.',
      canEndCall: true,
      tools: { quote_bike: quoteBike },
    },
  ],
  edges: [],
});

const LISTED = 'Free on Friday: city at $20 a day, road at $35 a day, cargo at $50 a day. Which type would they like?';
const policy = new DialoguePolicy({ now: () => new Date('2026-03-05T10:00:00') });
const decide = (lines: Turn[]) => policy.decide(chatOf('Help the caller.', lines), builtAgent(shop, 'desk').toolCtx);
const before: Turn[] = [
  ['user', 'what bikes have you got on friday'],
  ['tool', 'quote_bike', { day: 'friday' }, LISTED],
  ['assistant', 'Free on Friday: city at $20 a day, road at $35 a day, cargo at $50 a day. Which type would you like?'],
];

describe('a pick among priced options a quote listed', () => {
  it('reads a comma list whose every item has a price as the options', () => {
    expect(readOffered(LISTED)?.options).toEqual(['city at $20 a day', 'road at $35 a day', 'cargo at $50 a day']);
  });

  it('quotes again with the choice picked', async () => {
    const d = await decide([...before, ['user', 'whichever one is cheapest']]);
    expect(d.toolCalls.map((c) => [c.name, c.args])).toEqual([['quote_bike', { day: 'friday', bike_type: 'city' }]]);
  });
});
