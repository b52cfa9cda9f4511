// A result that offers more once the caller is checked ("once I have verified you with your email,
// I can track the parcel to its locker too"), then the caller gives just that detail: on a made-up parcel
// locker line, the email goes to the check the offer waits on (the name is on file), as a yes
// with it would, instead of being noted while the caller waits.
import { llm } from '@livekit/agents';
import { expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf } from '../fixtures/decide.js';

const lockers = defineWorkflow({
  name: 'lockers',
  userData: z.object({ callerName: z.string().optional() }),
  start: 'desk',
  agents: [
    {
      id: 'desk',
      description: 'Tracks parcels and opens tickets.',
      instructions: 'Track parcels with track_parcel; verify the customer with verify_customer.',
      canEndCall: true,
      tools: {
        track_parcel: llm.tool({
          description: 'Say where one of the customer’s parcels is.',
          parameters: z.object({ parcel_id: z.string().describe('The parcel number, four digits.') }),
          execute: async () => 'Parcel 5521 is in the locker.',
        }),
        verify_customer: llm.tool({
          description: 'Check the customer is the account holder.',
          parameters: z.object({
            name: z.string().describe('The customer’s full name.'),
            email: z.string().describe('The email address on the account.'),
          }),
          execute: async () => 'Verified.',
        }),
        open_ticket: llm.tool({
          description: 'Open a ticket for anything else.',
          parameters: z.object({ summary: z.string().describe('What the problem is, in their words.') }),
          execute: async () => 'Ticket T-1.',
        }),
      },
      examples: {
        track_parcel: ['where is parcel 5521', 'can you track my parcel'],
        verify_customer: ['my name is Ann Lee and my email is ann.lee@example.com'],
        open_ticket: ['please open a ticket', 'I want to complain about the courier'],
      },
    },
  ],
  edges: [],
});

it('gives the detail an offer waits on to the check it names', async () => {
  const { toolCtx, instructions } = builtAgent(lockers, 'desk');
  const chat = chatOf(`${instructions}\nKnown facts about this call:\n- callerName: "Dana Webb"\n`, [
    ['agent', 'Hi Dana, how can I help?'],
    ['caller', 'I need the code for my parcel'],
    ['agent', 'Could you tell me the parcel ID?'],
    ['caller', 'five five two one'],
    [
      'tool',
      'track_parcel',
      { parcel_id: '5521' },
      'Parcel 5521 is in the locker. Once I have verified you with your email, I can track the parcel to its locker too.',
    ],
    [
      'agent',
      'Parcel 5521 is in the locker. Once I have verified you with your email, I can track the parcel to its locker too.',
    ],
    ['caller', 'my email is dana dot webb at example dot com'],
  ]);
  const d = await new DialoguePolicy().decide(chat, toolCtx);
  expect(d.toolCalls.map((c) => c.name)).toEqual(['verify_customer']);
  expect(d.toolCalls[0]!.args).toMatchObject({ name: 'Dana Webb', email: 'dana.webb@example.com' });
});
