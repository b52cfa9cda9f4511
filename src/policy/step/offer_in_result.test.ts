// A check whose result proposes the next step ("No known problem in AB1. If the caller has no
// water, offer to report it."): the caller giving a detail only that step takes ("07700 900123")
// starts it, with the kind of fault said before the check ("the taps are dry"); a yes right after
// the report went in ("yes please send someone") is acknowledged, not misheard. A made-up water
// company.
import { llm } from '@livekit/agents';
import { expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf, type Turn } from '../fixtures/decide.js';

const water = defineWorkflow({
  name: 'water-faults',
  userData: z.object({}),
  start: 'faults',
  agents: [
    {
      id: 'faults',
      description: 'Water supply problems.',
      instructions: 'Check for known problems by postcode, and report a supply fault so an engineer comes out.',
      canEndCall: true,
      tools: {
        check_area: llm.tool({
          description: 'Check whether there is a known water supply problem in an area, by postcode.',
          parameters: z.object({ postcode: z.string().describe('The postcode, like AB1 2CD.') }),
          execute: async () => 'No known problem in AB1. If the caller has no water, offer to report it.',
        }),
        report_fault: llm.tool({
          description: 'Report a water supply fault at an address. Sends an engineer.',
          parameters: z.object({
            fault: z
              .enum(['no_water', 'low_pressure', 'leak'])
              .describe('no_water (taps dry, nothing coming out), low_pressure (a trickle), leak (burst pipe).'),
            postcode: z.string().describe('The postcode of the property, like AB1 2CD.'),
            phone: z.string().describe('A phone number the engineer can call.'),
          }),
          execute: async () => 'Fault FW-1 is open. An engineer will call first.',
        }),
      },
      examples: {
        check_area: ['is there a problem in my area', 'any known issues near AB1'],
        report_fault: ['I want to report a burst pipe', 'my water is off, please send someone'],
      },
    },
  ],
  edges: [],
});

const policy = new DialoguePolicy({ now: () => new Date('2026-03-05T10:00:00') });
const decide = (lines: Turn[]) => policy.decide(chatOf('Help the caller.', lines), builtAgent(water, 'faults').toolCtx);

const checked: Turn[] = [
  ['user', 'the taps are dry, nothing coming out at all since this morning'],
  ['assistant', 'Could you tell me the postcode?'],
  ['user', 'a b one two c d'],
  [
    'tool',
    'check_area',
    { postcode: 'AB1 2CD' },
    'No known problem in AB1. If the caller has no water, offer to report it.',
  ],
  ['assistant', 'No known problem in AB1. If you have no water, I can report it.'],
];

it('takes up the step the result proposed when the caller gives a detail only it takes', async () => {
  const d = await decide([...checked, ['user', 'oh seven seven oh oh nine oh oh one two three']]);
  expect(d.toolCalls.map((c) => [c.name, c.args])).toEqual([
    ['report_fault', { fault: 'no_water', postcode: 'AB1 2CD', phone: '07700900123' }],
  ]);
});

it('acknowledges a yes right after the report went in, calling nothing', async () => {
  const d = await decide([
    ...checked,
    ['user', 'oh seven seven oh oh nine oh oh one two three'],
    ['tool', 'report_fault', { fault: 'no_water', postcode: 'AB1 2CD', phone: '07700900123' }, 'Fault FW-1 is open.'],
    ['assistant', 'Fault FW-1 is open.'],
    ['user', 'yes please send someone out'],
  ]);
  expect(d.toolCalls).toEqual([]);
  expect(d.content).not.toMatch(/didn't catch/i);
});
