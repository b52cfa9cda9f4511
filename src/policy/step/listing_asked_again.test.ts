// A quote that listed the free kinds in the words of their description ("a harbour launch at $90
// a day"), on a made-up boat hire: asking what fits the party again is the same quote — its days stand, not asked again — and the party's count said again is no count for
// the tool that adds extras. And "bye now" while a day is asked is a goodbye, not a day.
import { llm } from '@livekit/agents';
import { expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf, type Turn } from '../fixtures/decide.js';

const boats = defineWorkflow({
  name: 'boat-hire-listing',
  userData: z.object({}),
  start: 'desk',
  agents: [
    {
      id: 'desk',
      description: 'Boat hire desk.',
      instructions: 'You quote boats and add extras to hires.',
      canEndCall: true,
      tools: {
        quote_boat: llm.tool({
          description: 'Quote a boat for some days and a party. Without a kind, lists the free kinds with prices.',
          parameters: z.object({
            first_day: z.string().describe('The first day, as said ("Friday").'),
            last_day: z.string().optional().describe('The last day, or a length ("for two days").'),
            people: z.number().int().optional().describe('How many people will be on board.'),
            boat: z
              .enum(['dinghy', 'launch', 'pontoon'])
              .optional()
              .describe(
                'dinghy (small sailing dinghy), launch (harbour launch with a cabin) or pontoon (party pontoon).',
              ),
          }),
          execute: async () => 'Quoted.',
        }),
        add_extra: llm.tool({
          description: 'Add life jackets or a cool box to a hire that is booked.',
          parameters: z.object({
            extra: z.enum(['life_jackets', 'cool_box']).describe('life_jackets or cool_box.'),
            count: z.number().int().optional().describe('How many.'),
          }),
          execute: async () => 'Added.',
        }),
      },
      examples: {
        quote_boat: ['what boats have you got from friday', 'how much is a boat for saturday'],
        add_extra: ['add two life jackets', 'can we have a cool box too'],
      },
    },
  ],
  edges: [],
});

const LISTED =
  'Free from Friday to Sunday for 3: a harbour launch at $90 a day, a party pontoon at $150 a day. Which would they like?';
const SAID = 'Free from Friday to Sunday for 3. A harbour launch at $90 a day, a party pontoon at $150 a day.';
const ASKED: Turn[] = [
  ['user', 'three of us from friday for two days'],
  ['tool', 'quote_boat', { first_day: 'friday', last_day: 'for two days', people: 3 }, LISTED],
  ['assistant', SAID],
];

const decide = (lines: Turn[]) =>
  new DialoguePolicy({ now: () => new Date('2026-03-05T10:00:00') }).decide(
    chatOf('Help the caller.', lines),
    builtAgent(boats, 'desk').toolCtx,
  );

it('quotes the days of the listing again when asked what fits the party', async () => {
  const d = await decide([...ASKED, ['user', 'what boats have you got that fit the three of us']]);
  expect(d.toolCalls.map((c) => [c.name, c.args])).toEqual([
    ['quote_boat', { first_day: 'friday', last_day: 'for two days', people: 3 }],
  ]);
});

it('takes "bye now" while the first day is asked as a goodbye, not a day', async () => {
  const d = await decide([
    ['user', 'how much is a boat'],
    ['assistant', 'Which day would you like it from?'],
    ['user', "alright thanks, i'll call back. bye now"],
  ]);
  expect(d.toolCalls.map((c) => c.name)).toEqual(['end_call']);
});
