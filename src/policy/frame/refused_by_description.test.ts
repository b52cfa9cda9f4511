// A made-up broadband provider's home-move desk. A refusal names what it wants by the argument's
// description ("Ask for the new account holder’s first and last name" for full_name): what the
// refused call had stands when the caller answers in a line that sounds like a new request ("the
// account holder is Nina Patel"). A way to reach the caller ("an email address or phone number")
// takes the mobile number said, which is then no account number; and an argument only for the
// other kind of move ("For move_out: the account number") is not asked for.
import { llm } from '@livekit/agents';
import { expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf, type Turn } from '../fixtures/decide.js';

const broadband = defineWorkflow({
  name: 'broadband-moves',
  userData: z.object({}),
  start: 'moves',
  agents: [
    {
      id: 'moves',
      description: 'Moves broadband to a new home and closes the old one.',
      instructions: 'Register home moves with register_move.',
      canEndCall: true,
      examples: { register_move: ['I want to set up an account at my new home', 'we are moving house'] },
      tools: {
        register_move: llm.tool({
          description:
            'Register a home move: move_out closes the line at the old home; move_in opens one at the new home.',
          parameters: z.object({
            direction: z.enum(['move_in', 'move_out']).describe('move_in or move_out'),
            move_date: z.string().describe('The day of the move, like "next Friday".'),
            postcode: z.string().describe('The postcode of the home, like AB1 2CD.'),
            account_id: z.string().optional().describe('For move_out: the account number, AC- and five digits.'),
            full_name: z.string().optional().describe('For move_in: the new account holder’s first and last name.'),
            contact: z
              .string()
              .optional()
              .describe('For move_in: an email address or phone number for the new account.'),
          }),
          execute: async () => 'Registered.',
        }),
      },
    },
  ],
  edges: [],
});

const refused = { direction: 'move_in', move_date: 'next friday', postcode: 'AB1 2CD' };

async function decide(turns: Turn[]) {
  return new DialoguePolicy().decide(chatOf('Help the caller.', turns), builtAgent(broadband, 'moves').toolCtx);
}

it('keeps the refused call’s details when the asked-for name comes as a statement', async () => {
  const d = await decide([
    ['user', 'we are moving house and i want broadband at the new place'],
    ['assistant', 'Which direction is it: move in or move out?'],
    ['user', 'we move in next friday'],
    ['assistant', 'Could you tell me the postcode?'],
    ['user', 'it is a b one two c d'],
    ['failed', 'register_move', refused, 'Ask for the new account holder’s first and last name.'],
    ['assistant', 'Could you give me the new account holder’s first and last name, please?'],
    ['user', 'the account would be in my name, nina patel, p a t e l'],
  ]);
  expect(d.toolCalls.map((c) => c.name)).toEqual(['register_move']);
  expect(d.toolCalls[0]!.args).toMatchObject({ ...refused, full_name: 'Nina Patel' });
});

it('takes the mobile said as the contact, and asks for no account number', async () => {
  const named = { ...refused, full_name: 'Nina Patel' };
  const d = await decide([
    ['user', 'we are moving in next friday, postcode a b one two c d, i want broadband there'],
    ['failed', 'register_move', named, 'Ask for an email address or mobile number for the new account.'],
    ['assistant', 'Could you give me an email address or mobile number for the new account, please?'],
    ['user', 'best contact is my mobile, oh seven seven zero zero, nine double oh, one two three'],
  ]);
  expect(d.toolCalls.map((c) => c.name)).toEqual(['register_move']);
  expect(d.toolCalls[0]!.args).toMatchObject({ ...named, contact: '07700900123' });
  expect(d.toolCalls[0]!.args).not.toHaveProperty('account_id');
});
