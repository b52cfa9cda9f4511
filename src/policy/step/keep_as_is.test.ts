// "I'll just keep the booking then" after a cancellation fee was refused: the request is taken
// back and the booking stays, not a new booking at the desk whose words name bookings. A made-up
// boat hire.
import { llm } from '@livekit/agents';
import { expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf } from '../fixtures/decide.js';

const hire = defineWorkflow({
  name: 'boat-hire-keep',
  userData: z.object({}),
  start: 'hires',
  agents: [
    {
      id: 'hires',
      description: 'Looks after existing boat hires.',
      instructions: 'You cancel existing hires (cancel_hire). Late cancellations cost a fee the caller must agree to.',
      canEndCall: true,
      tools: {
        cancel_hire: llm.tool({
          description: 'Cancel a boat hire by its reference.',
          parameters: z.object({
            reference: z.string().describe('The hire reference, like "BH-4412".'),
            accept_fee: z.boolean().optional().describe('True only after the caller agreed to pay the late fee.'),
          }),
          execute: async () => 'Cancelled.',
        }),
      },
      examples: { cancel_hire: ['cancel my boat hire', 'please cancel BH-4412'] },
    },
    {
      id: 'new_hires',
      description: 'Books new boat hires.',
      instructions: 'Book new hires.',
      canEndCall: true,
      tools: {},
    },
  ],
  edges: [
    {
      from: 'hires',
      to: 'new_hires',
      when: 'The caller wants to book a new boat hire.',
      examples: ['I want to book a kayak', 'can I make a booking for saturday', 'new booking please'],
    },
  ],
});

it('keeps the booking as it is: no tool, no transfer', async () => {
  const policy = new DialoguePolicy({ now: () => new Date('2026-03-05T10:00:00') });
  const d = await policy.decide(
    chatOf('Help the caller.', [
      ['user', 'cancel my boat hire BH-4412 please'],
      [
        'failed',
        'cancel_hire',
        { reference: 'BH-4412' },
        'Cancelling this late costs a $30 fee. Ask whether they still want to cancel.',
      ],
      ['assistant', 'Cancelling this late costs a $30 fee. Do you still want to cancel?'],
      ['user', "no, i'm not paying that"],
      ['assistant', 'No problem. Is there anything else I can help with?'],
      ['user', "i'll just keep the booking then"],
    ]),
    builtAgent(hire, 'hires').toolCtx,
  );
  expect(d.toolCalls).toEqual([]);
});
