// A made-up dog kennel's booking line: while the start of a stay is awaited, "anna kim, 415 555
// 0134" is the owner's details (a name in a part of its own beside the phone number), said for the
// tool that takes both, though no "my name is" introduced the name.
import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf, type Turn } from '../fixtures/decide.js';

const kennel = defineWorkflow({
  name: 'kennel',
  userData: z.object({}),
  start: 'stays',
  agents: [
    {
      id: 'stays',
      description: 'Books dogs in for a stay.',
      instructions: 'You take the owner details and book the stay.',
      canEndCall: true,
      tools: {
        save_owner: llm.tool({
          description: 'Save the owner’s full name and callback phone number.',
          parameters: z.object({
            full_name: z.string().describe('The owner’s first and last name.'),
            phone: z.string().describe('A callback phone number.'),
          }),
          execute: async () => 'Saved.',
        }),
        book_stay: llm.tool({
          description: 'Book a stay for the dog from a start day.',
          parameters: z.object({ start_day: z.string().describe('The first day of the stay, like 2026-03-09.') }),
          execute: async () => 'Booked.',
        }),
      },
    },
  ],
  edges: [],
});

const policy = new DialoguePolicy({ now: () => new Date('2026-03-05T10:00:00') });
const calls = async (lines: Turn[]) =>
  (await policy.decide(chatOf('Help the caller.', lines), builtAgent(kennel, 'stays').toolCtx)).toolCalls.map((c) => ({
    name: c.name,
    args: c.args,
  }));

describe('a name beside a phone number while another question is open', () => {
  it('goes to the tool that takes both', async () => {
    for (const said of ['anna kim, four one five five five five zero one three four', 'grace kim, 415 555 0134'])
      expect(
        await calls([
          ['user', 'I want to book a stay for my dog'],
          ['assistant', 'Which day does the stay start?'],
          ['user', said],
        ]),
      ).toEqual([{ name: 'save_owner', args: { full_name: expect.stringMatching(/ Kim$/), phone: '4155550134' } }]);
  });
});
