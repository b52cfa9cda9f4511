// A made-up climbing gym: guest passes are added to a membership, at most four in all. Refused for
// two more ("already has 3"), the caller echoes the numbers back as questions and settles for
// another count ("okay then just one more"): the same call again with that count, not a guess
// from the numbers the questions repeated.
import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf } from '../fixtures/decide.js';

const gym = defineWorkflow({
  name: 'gym',
  userData: z.object({}),
  start: 'desk',
  agents: [
    {
      id: 'desk',
      description: 'Looks after memberships: guest passes, freezing, the member’s details.',
      instructions: 'Add guest passes with add_passes, freeze a membership with freeze_membership.',
      canEndCall: true,
      tools: {
        add_passes: llm.tool({
          description: 'Add guest passes to the membership, up to 4 in all.',
          parameters: z.object({
            count: z.number().int().min(1).max(4).describe('How many passes to add, for example 1 or 2.'),
            member: z.string().describe('The member number, like "GM-4821".'),
          }),
          execute: async () => 'Added.',
        }),
        freeze_membership: llm.tool({
          description: 'Freeze the membership for some weeks.',
          parameters: z.object({
            weeks: z.number().int().describe('How many weeks to freeze for.'),
            member: z.string().describe('The member number, like "GM-4821".'),
          }),
          execute: async () => 'Frozen.',
        }),
      },
      examples: {
        add_passes: ['can I add two guest passes', 'I want a pass for a friend'],
        freeze_membership: ['I need to freeze my membership', 'pause it for a month'],
      },
    },
  ],
  edges: [],
});

const { toolCtx, instructions } = builtAgent(gym, 'desk');
const policy = new DialoguePolicy({ now: () => new Date('2025-05-05T09:00:00') });

describe('settling for another count after a refusal', () => {
  it('is the refused call again with the count said after the cue', async () => {
    const d = await policy.decide(
      chatOf(instructions, [
        ['caller', 'can I add two guest passes, member g m four eight two one'],
        [
          'failed',
          'add_passes',
          { count: 2, member: 'GM-4821' },
          'A membership can have at most 4 guest passes and GM-4821 already has 3. Tell the caller how many more fit.',
        ],
        ['caller', 'oh i already have three? and the max is four? okay then just one more'],
      ]),
      toolCtx,
    );
    expect(d.toolCalls.map((c) => [c.name, c.args])).toEqual([['add_passes', { count: 1, member: 'GM-4821' }]]);
  });
});
