// A refusal that names a value it was given as wrong ("The surname Mensah does not match hire
// BH-4412"), and the caller giving another for it with no correction cue ("oh hang on, it's booked
// under my partner's name, okonjo"): the refused call again with the new value, the rest kept — not
// the new-hires desk that "booked" leans to. A made-up boat hire.
import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf, type Turn } from '../fixtures/decide.js';
import { findPersonName, prepareUtterance } from '../slots/index.js';

const hire = defineWorkflow({
  name: 'boat-hire-doubted',
  userData: z.object({}),
  start: 'hires',
  agents: [
    {
      id: 'hires',
      description: 'Looks after existing boat hires.',
      instructions: 'You change existing hires. Every tool needs the hire reference and the hirer’s surname.',
      canEndCall: true,
      tools: {
        add_lifejacket: llm.tool({
          description: 'Add life jackets to a boat hire.',
          parameters: z.object({
            reference: z.string().optional().describe('The hire reference, like "BH-4412".'),
            last_name: z.string().optional().describe('The surname of the hirer, to check it is theirs.'),
            count: z.number().int().min(1).max(6).default(1).describe('How many life jackets.'),
          }),
          execute: async () => 'Added.',
        }),
      },
      examples: { add_lifejacket: ['add a life jacket to my hire', 'can I get two life jackets'] },
    },
    {
      id: 'new_hires',
      description: 'Books new boat hires.',
      instructions: 'You book new hires.',
      canEndCall: true,
      tools: {},
    },
  ],
  edges: [
    {
      from: 'hires',
      to: 'new_hires',
      when: 'The caller wants to book a new boat hire.',
      examples: ['I want to book a kayak', 'can I reserve a canoe for saturday', 'book a boat'],
    },
  ],
});

const policy = new DialoguePolicy({ now: () => new Date('2026-03-05T10:00:00') });
const decide = (lines: Turn[]) => policy.decide(chatOf('Help the caller.', lines), builtAgent(hire, 'hires').toolCtx);

const refused: Turn[] = [
  ['user', 'can you add a life jacket to hire b h four four one two'],
  ['failed', 'add_lifejacket', { reference: 'BH-4412', count: 1 }, 'Ask for the surname of the hirer on BH-4412.'],
  ['assistant', 'Could you give me the surname of the hirer on BH-4412?'],
  ['user', 'last name is mensah'],
  [
    'failed',
    'add_lifejacket',
    { reference: 'BH-4412', count: 1, last_name: 'Mensah' },
    'The surname Mensah does not match hire BH-4412. Ask the caller to check the reference and the surname.',
  ],
  ['assistant', 'The surname Mensah does not match hire BH-4412. Could you check the reference and the surname?'],
];

describe('another value for the one a refusal doubted', () => {
  it('reads the name a booking is held in after "under my partner’s name"', () => {
    const name = (said: string) => findPersonName(prepareUtterance(said), false);
    expect(name("oh hang on, it's booked under my partner's name, okonjo")).toBe('Okonjo');
    expect(name("sorry, it's in my husband's name which is adeyemi")).toBe('Adeyemi');
  });

  it('calls the refused tool again with it, nothing else changed, and no transfer', async () => {
    const d = await decide([...refused, ['user', "oh hang on, it's booked under my partner's name, okonjo"]]);
    expect(d.toolCalls.map((c) => [c.name, c.args])).toEqual([
      ['add_lifejacket', { reference: 'BH-4412', count: 1, last_name: 'Okonjo' }],
    ]);
  });

  it('once that call went through, the clause that said whose name it is asks for no new booking', async () => {
    const d = await decide([
      ...refused,
      ['user', "oh hang on, it's booked under my partner's name, okonjo"],
      ['tool', 'add_lifejacket', { reference: 'BH-4412', count: 1, last_name: 'Okonjo' }, 'Added one life jacket.'],
    ]);
    expect(d.toolCalls.map((c) => c.name)).toEqual([]);
  });
});
