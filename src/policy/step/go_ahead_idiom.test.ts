// "sounds good, lock it in" on a made-up self-storage line whose lockout desk is reached for
// "I locked myself out": after the reservation it asked for, the idiom's part is no request for
// the lockout desk.
import { llm } from '@livekit/agents';
import { expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf } from '../fixtures/decide.js';

const storage = defineWorkflow({
  name: 'self-storage',
  userData: z.object({}),
  start: 'units',
  agents: [
    {
      id: 'units',
      description: 'Rents storage units.',
      instructions: 'You rent storage units.',
      canEndCall: true,
      tools: {
        reserve_unit: llm.tool({
          description: 'Reserve the storage unit quoted.',
          execute: async () => 'Reserved unit 14 from Monday.',
        }),
      },
    },
    {
      id: 'lockouts',
      description: 'Urgent help for a caller locked out of their unit.',
      instructions: 'You let callers back into their units.',
      canEndCall: true,
    },
  ],
  edges: [
    {
      from: 'units',
      to: 'lockouts',
      when: 'Urgent: the caller is locked out of their unit or the lock is stuck.',
      examples: ['I locked myself out of my unit', 'the lock on my unit is stuck', 'I am locked out'],
    },
  ],
});

it('reads "lock it in" as the go-ahead, not a lockout', async () => {
  const d = await new DialoguePolicy().decide(
    chatOf('Help the caller.', [
      ['assistant', 'Unit 14 is free from Monday at $60 a month. Shall I reserve it?'],
      ['user', 'sounds good, lock it in'],
      ['tool', 'reserve_unit', {}, 'Reserved unit 14 from Monday.'],
    ]),
    builtAgent(storage, 'units').toolCtx,
  );
  expect(d.toolCalls).toEqual([]);
  expect(d.content).toContain('Reserved unit 14');
});
