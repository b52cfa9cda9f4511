// A price asked cold where several tools name prices. A made-up kayak-hire desk: quote_trip gives
// the price for a day out, add_gear puts gear "priced per hour" on a trip already booked (it takes
// the trip's reference), and the my-trips desk handles "a charge" on a booking. "Just looking for a
// price, not booking yet" is for the quote; a line about a charge on a booking is not a problem to
// hand to a person when it says "won't be charged"; "the surname of the guide" names no gear.
import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { builtAgent } from '../fixtures/decide.js';
import { catalogTools } from '../tool_catalog.js';
import { PRICE_ASKED, PROBLEM_CUES } from '../lexicon/index.js';
import { partialMatch } from '../slots/phrase_match.js';
import { priceDesk } from './price_question.js';

const kayaks = defineWorkflow({
  name: 'kayak-hire',
  userData: z.object({}),
  start: 'hire',
  agents: [
    {
      id: 'hire',
      description: 'Quotes and books kayak trips.',
      instructions: 'Quote a trip with quote_trip; add gear to a booked trip with add_gear.',
      canEndCall: true,
      tools: {
        quote_trip: llm.tool({
          description: 'Give the price of a kayak trip for a day.',
          parameters: z.object({ day: z.string().describe('The day, for example "next Friday".') }),
          execute: async () => 'Forty dollars.',
        }),
        add_gear: llm.tool({
          description: 'Add gear to a booked trip: a wetsuit or a dry bag. Priced per hour.',
          parameters: z.object({
            gear: z.enum(['wetsuit', 'dry_bag', 'second_guide']),
            reference: z.string().optional().describe('The trip reference, like KY-4821.'),
          }),
          execute: async () => 'Added.',
        }),
      },
    },
    {
      id: 'my_trips',
      description: 'Changes trips already booked.',
      instructions: 'Help with a booked trip.',
      canEndCall: true,
      tools: {
        move_trip: llm.tool({
          description: 'Move a booked trip to another day.',
          parameters: z.object({ day: z.string().describe('The new day.') }),
          execute: async () => 'Moved.',
        }),
      },
    },
  ],
  edges: [
    {
      from: 'hire',
      to: 'my_trips',
      when: 'The caller asks about a booked trip or a charge on it.',
      examples: ['I was charged twice', 'change my trip'],
    },
  ],
});

describe('a price asked where several tools name prices', () => {
  it('reads "just looking for a price" as asking one', () => {
    expect(PRICE_ASKED.test('hi yeah just looking for a price really, not booking yet')).toBe(true);
    expect(PRICE_ASKED.test('i need a quote for saturday')).toBe(true);
  });

  it('is the quote that needs no booking, not extras for a booking nor the desk for charges', () => {
    const tools = catalogTools(builtAgent(kayaks, 'hire').toolCtx);
    expect(priceDesk('just looking for a price, not booking yet', tools)?.name).toBe('quote_trip');
  });
});

describe('"won\'t" as trouble', () => {
  it('is a thing that will not work, not a charge that will not be made', () => {
    expect(PROBLEM_CUES.test('the engine won’t start'.replace('’', "'"))).toBe(true);
    expect(PROBLEM_CUES.test("okay good, so i won't be charged anything")).toBe(false);
    expect(PROBLEM_CUES.test("i won't need it after all")).toBe(false);
  });
});

describe('a detail asked of someone', () => {
  it('names no listed value', () => {
    const values = ['wetsuit', 'dry_bag', 'second_guide'];
    expect(partialMatch('could you give me the surname of the guide on the booking?', values)).toBeUndefined();
    expect(partialMatch("what's the guide's phone number", values)).toBeUndefined();
    expect(partialMatch('can we add a guide', values)).toBe('second_guide');
  });
});
