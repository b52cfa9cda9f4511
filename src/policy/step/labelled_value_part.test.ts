// A part of the line that is only an exact value with its label ("site one two four") gives that value,
// not a second request read from its label word ("site" in "tidy the site"). A made-up campground.
import { llm } from '@livekit/agents';
import { expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf } from '../fixtures/decide.js';
import { onlyLabelledValue } from './several_items.js';

const camp = defineWorkflow({
  name: 'campground',
  userData: z.object({}),
  start: 'rangers',
  agents: [
    {
      id: 'rangers',
      description: 'Sends a ranger to a camper’s site.',
      instructions: 'You send rangers to campsites. Ask for the site number and the camper’s surname.',
      canEndCall: true,
      tools: {
        send_ranger: llm.tool({
          description:
            'Send a ranger to a site now: tidying (clear and tidy the site), repairs (a broken tap, light or power post), or firewood.',
          parameters: z.object({
            service: z
              .enum(['tidying', 'repairs', 'firewood'])
              .describe('tidying (clear and tidy the site), repairs (something broken or not working) or firewood.'),
            details: z.string().describe('What is needed, in the caller’s words, for example "the tap is leaking".'),
            site_number: z
              .string()
              .optional()
              .describe('The site number, as said: "124" or "one two four". Leave out once known.'),
            surname: z.string().optional().describe('The surname of the camper on the site.'),
          }),
          execute: async () => 'A ranger is on the way.',
        }),
      },
    },
  ],
  edges: [],
});

const policy = new DialoguePolicy();
const { toolCtx, instructions } = builtAgent(camp, 'rangers');

it('reads "site 124" among the parts as the site, not as a second request', async () => {
  const d = await policy.decide(
    chatOf(instructions, [
      ['caller', 'we came in yesterday for the long weekend with the kids'],
      ['agent', 'Welcome! What can I do for you?'],
      [
        'caller',
        "can you send someone, the power post at our site isn't working at all, site one two four, still okafor",
      ],
    ]),
    toolCtx,
  );
  expect(d.toolCalls.map((c) => [c.name, c.args.service, c.args.site_number])).toEqual([
    ['send_ranger', 'repairs', '124'],
  ]);
});

it('knows a labelled value from an item', () => {
  expect(onlyLabelledValue('room 214', { room: '214' })).toBe(true);
  expect(onlyLabelledValue('and two cokes', {})).toBe(false);
  expect(onlyLabelledValue('the blue ones for table 4', { table: '4' })).toBe(false);
  // A count with a listed item ("two margherita", no plural) is an item, not the item and a label.
  expect(onlyLabelledValue('two lantern', { gear: 'lantern' })).toBe(false);
  expect(onlyLabelledValue('a dozen lantern', { gear: 'lantern' })).toBe(false);
});
