// A refusal that says the request already holds ("already a member; there is nothing to sign
// up"): a made-up climbing gym's membership desk takes the caller's next details for its other
// tool (booking a class, with the birth date the refused call took), or notes them — never the
// sign-up again.
import { llm } from '@livekit/agents';
import { expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf, type Turn } from '../fixtures/decide.js';

const gym = defineWorkflow({
  name: 'climbing-gym',
  userData: z.object({}),
  start: 'desk',
  agents: [
    {
      id: 'desk',
      description: 'Signs up new members and books classes.',
      instructions: 'You sign up members and book classes.',
      canEndCall: true,
      tools: {
        sign_up_member: llm.tool({
          description: 'Sign up a new member of the gym.',
          parameters: z.object({
            full_name: z.string().optional().describe('The member’s first and last name.'),
            date_of_birth: z.string().optional().describe('The member’s date of birth, as YYYY-MM-DD.'),
            phone: z.string().optional().describe('A phone number for the member.'),
          }),
          execute: async () => 'Signed up.',
        }),
        book_class: llm.tool({
          description: 'Book a member into a class.',
          parameters: z.object({
            full_name: z.string().optional().describe('The member’s first and last name.'),
            date_of_birth: z.string().optional().describe('The member’s date of birth, as YYYY-MM-DD.'),
            class_name: z.enum(['bouldering basics', 'lead climbing', 'yoga']).optional().describe('Which class.'),
            day: z.string().optional().describe('The day of the class, as YYYY-MM-DD.'),
          }),
          execute: async () => 'Booked.',
        }),
      },
    },
  ],
  edges: [],
});

const refusal =
  'Dana Reyes, born May 3, 1990, is already a member here; there is nothing to sign up. Ask what they would like to do next, such as a class.';
const turns: Turn[] = [
  ['caller', 'hi, i want to join the gym'],
  ['failed', 'sign_up_member', {}, 'Ask for the member’s first and last name.'],
  ['agent', 'Could I have your first and last name, please?'],
  ['caller', 'dana reyes, may third nineteen ninety'],
  ['failed', 'sign_up_member', { full_name: 'Dana Reyes', date_of_birth: '1990-05-03' }, refusal],
  ['agent', 'Dana Reyes is already a member here. What would you like to do next, such as a class?'],
];

it('takes the next details for the other tool, with the birth date the refused call took', async () => {
  const { toolCtx, instructions } = builtAgent(gym, 'desk');
  const d = await new DialoguePolicy().decide(
    chatOf(instructions, [...turns, ['caller', 'oh right. then just the yoga on friday the eleventh']]),
    toolCtx,
  );
  expect(d.toolCalls.map((c) => c.name)).toEqual(['book_class']);
  expect(d.toolCalls[0]!.args).toMatchObject({
    full_name: 'Dana Reyes',
    date_of_birth: '1990-05-03',
    class_name: 'yoga',
  });
});

it('notes a detail for the settled request instead of making it again', async () => {
  const { toolCtx, instructions } = builtAgent(gym, 'desk');
  const d = await new DialoguePolicy().decide(
    chatOf(instructions, [...turns, ['caller', 'my phone number is five zero three five five five zero one four one']]),
    toolCtx,
  );
  expect(d.toolCalls.map((c) => c.name)).not.toContain('sign_up_member');
});
