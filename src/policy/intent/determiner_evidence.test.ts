// Two desks share a noun but not how it is owned, on a made-up campsite: the booking desk's
// phrases say "a pitch", the on-site desk's say "my pitch", "our pitch". "I need a pitch" is a new
// stay (the booking desk), "my booking is CS-2210" an existing one (the desk that looks after
// bookings, though the booking desk's phrases say "book" too), and "the tap on our pitch is
// broken" stays on site.
import { llm } from '@livekit/agents';
import { expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { builtAgent } from '../fixtures/decide.js';
import { catalogTools } from '../tool_catalog.js';
import { IntentClassifier } from '../intent_classifier.js';

const campsite = defineWorkflow({
  name: 'campsite-desks',
  userData: z.object({}),
  start: 'gate',
  agents: [
    { id: 'gate', description: 'Answers the phone.', instructions: 'Send callers on.', canEndCall: true },
    {
      id: 'bookings',
      description: 'Books new stays.',
      instructions: 'Book pitches.',
      canEndCall: true,
      tools: {
        book_pitch: llm.tool({
          description: 'Book a pitch for some nights.',
          parameters: z.object({ nights: z.number().int().describe('How many nights.') }),
          execute: async () => 'Booked.',
        }),
      },
    },
    {
      id: 'my_trip',
      description: 'Looks after bookings campers already have.',
      instructions: 'Find and change bookings.',
      canEndCall: true,
      tools: {
        find_trip: llm.tool({
          description: 'Look up a booking by its code.',
          parameters: z.object({ code: z.string().describe('The booking code, like CS-2210.') }),
          execute: async () => 'Found.',
        }),
      },
    },
    {
      id: 'on_site',
      description: 'Helps campers staying now.',
      instructions: 'Fix things on site.',
      canEndCall: true,
      tools: {
        report_fault: llm.tool({
          description: 'Send the warden to fix something on a pitch.',
          parameters: z.object({ what: z.string().describe('What is wrong.') }),
          execute: async () => 'Sent.',
        }),
      },
    },
  ],
  edges: [
    {
      from: 'gate',
      to: 'bookings',
      when: 'The caller wants to book a new stay or asks about pitches and prices.',
      examples: [
        'I would like to book a pitch',
        'how much is a pitch for two nights',
        'I want to make a booking',
        'can I book for friday',
        'a booking for the bank holiday please',
      ],
    },
    {
      from: 'gate',
      to: 'my_trip',
      when: 'The caller has a booking already and wants to check or change it.',
      examples: ['I need to change my booking', 'can you check my booking CS-2210', 'what dates is my booking for'],
    },
    {
      from: 'gate',
      to: 'on_site',
      when: 'The caller is on site now and something on their pitch needs fixing.',
      examples: ['the electric hook-up on my pitch is dead', 'our pitch is flooded', 'the tap by my pitch is leaking'],
    },
  ],
});

const top = async (line: string) => {
  const classifier = await IntentClassifier.train(catalogTools(builtAgent(campsite, 'gate').toolCtx));
  return (await classifier.classify(line))[0]!.intent;
};

it('reads "a pitch" as a new stay', async () => {
  expect(await top('i need a pitch for the weekend')).toBe('transfer_to_bookings');
});

it('reads "my booking" as one the caller has', async () => {
  expect(await top('my booking is CS-2210')).toBe('transfer_to_my_trip');
});

it('keeps "our pitch" on site', async () => {
  expect(await top('the tap on our pitch is broken')).toBe('transfer_to_on_site');
});
