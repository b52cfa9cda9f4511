// The value a refusal asked for, answered with whose it is after it ("locker l k four four one two,
// priya shah"): the name, one no dictionary knows, fills the surname the tool checks too, or the
// call is refused again for it. A made-up gym.
import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf } from '../fixtures/decide.js';

const gym = defineWorkflow({
  name: 'gym-lockers',
  userData: z.object({}),
  start: 'lockers',
  agents: [
    {
      id: 'lockers',
      description: 'Looks after rented lockers.',
      instructions: 'You look after locker rentals.',
      canEndCall: true,
      tools: {
        locker_status: llm.tool({
          description: 'Say what is in a locker rental: the rent paid, the key deposit and when it ends.',
          parameters: z.object({
            locker: z.string().optional().describe('The locker code as said, like "LK-4412".'),
            last_name: z.string().optional().describe('The surname of the renter, to check it is theirs.'),
          }),
          execute: async () => 'Paid to March.',
        }),
      },
    },
  ],
  edges: [],
});

const policy = new DialoguePolicy({ now: () => new Date('2026-03-05T10:00:00') });

describe('a name said after the value a refusal asked for', () => {
  it('fills the surname with it', async () => {
    const calls = (
      await policy.decide(
        chatOf('Help the caller.', [
          ['user', 'why is my key deposit still held'],
          ['failed', 'locker_status', {}, 'Ask for the locker code: LK and four digits.'],
          ['assistant', 'Could you give me the locker code, LK and four digits?'],
          ['user', 'locker l k four four one two, priya shah'],
        ]),
        builtAgent(gym, 'lockers').toolCtx,
      )
    ).toolCalls;
    expect(calls.map((c) => [c.name, c.args])).toEqual([['locker_status', { locker: 'LK-4412', last_name: 'Shah' }]]);
  });
});
