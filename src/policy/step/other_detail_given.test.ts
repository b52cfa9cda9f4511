// Another detail of the open request given instead of the one asked for: on a made-up bike
// workshop, "Friday morning" while the driver's phone number for a van collection is awaited is
// taken down (the number is asked again, no "sorry, I didn't catch that"), and the booking carries
// the day.
import { llm } from '@livekit/agents';
import { expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf, type Turn } from '../fixtures/decide.js';

const shop = defineWorkflow({
  name: 'bike-workshop',
  userData: z.object({}),
  start: 'workshop',
  agents: [
    {
      id: 'workshop',
      description: 'The workshop.',
      instructions: 'You help with bikes.',
      canEndCall: true,
      tools: {
        book_collection: llm.tool({
          description: 'Send the van to pick a bike up from the caller’s home.',
          parameters: z.object({
            phone: z.string().describe('The phone number the driver rings on arrival.'),
            day: z.string().describe('When to come, in the caller’s words, for example "Friday morning".'),
          }),
          execute: async () => 'Booked.',
        }),
      },
    },
  ],
  edges: [],
});

const policy = new DialoguePolicy({ now: () => new Date('2026-03-05T10:00:00') });
const decide = (lines: Turn[]) => {
  const { toolCtx, instructions } = builtAgent(shop, 'workshop');
  return policy.decide(chatOf(instructions, lines), toolCtx);
};

it('takes down a day said while the number is asked, and asks the number again', async () => {
  const asked = await decide([['caller', 'can you send the van to collect my bike']]);
  expect(asked.content).toMatch(/number/i);
  const d = await decide([
    ['caller', 'can you send the van to collect my bike'],
    ['assistant', asked.content],
    ['caller', 'Friday morning, whenever suits'],
  ]);
  expect(d.content).not.toMatch(/didn't catch/i);
  expect(d.content).toMatch(/number/i);
  const booked = await decide([
    ['caller', 'can you send the van to collect my bike'],
    ['assistant', asked.content],
    ['caller', 'Friday morning, whenever suits'],
    ['assistant', d.content],
    ['caller', '415 555 0134'],
  ]);
  expect(booked.toolCalls[0]?.args).toMatchObject({
    phone: expect.stringMatching(/415.?555.?0134/),
    day: expect.stringMatching(/friday/i),
  });
});
