// "my daughter wants to do the pottery course, can I sign her up", on a made-up arts centre's line:
// "pottery" is a topic of the front desk's tool that answers questions, but the line asks to act.
// It goes to the desk that signs people up, and that desk does not answer it as a question either
// (neither as the request that brought the caller there nor as a detail volunteered for that tool).
import { llm } from '@livekit/agents';
import { afterEach, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { type OfflineCall, startOfflineCall } from '../fixtures/offline_call.js';

const centreInfo = llm.tool({
  description: 'Answer a general question about the arts centre: opening hours, parking, pottery, membership.',
  parameters: z.object({
    topic: z.enum(['hours', 'parking', 'pottery', 'membership']).describe('What the question is about.'),
    question: z.string().optional().describe('The caller’s question, in their words.'),
  }),
  execute: async ({ topic }) => (topic === 'pottery' ? 'The kilns are fired on Fridays.' : 'Open nine to five.'),
});

const centre = defineWorkflow({
  name: 'arts-centre',
  userData: z.object({}),
  start: 'reception',
  agents: [
    {
      id: 'reception',
      description: 'Answers the phone and general questions, and sends callers to the right desk.',
      instructions: 'Answer general questions with centre_info. Send callers who want to join a course to courses.',
      canEndCall: true,
      tools: { centre_info: centreInfo },
      examples: {
        centre_info: ['when are you open', 'where can I park', 'how much is membership', 'how much does pottery cost'],
      },
    },
    {
      id: 'courses',
      description: 'Signs callers up for art courses.',
      instructions: 'Ask which course, the name and how many places, then call enrol.',
      canEndCall: true,
      tools: {
        centre_info: centreInfo,
        enrol: llm.tool({
          description: 'Sign the caller up for an art course.',
          parameters: z.object({
            course: z.string().describe('The course’s name.'),
            attendee_name: z.string().describe('The first and last name to book under.'),
            places: z.number().int().describe('How many places.'),
          }),
          execute: async () => 'Enrolled.',
        }),
      },
      examples: { enrol: ['sign me up for life drawing', 'two places on the watercolour course'] },
    },
  ],
  edges: [
    {
      from: 'reception',
      to: 'courses',
      when: 'The caller wants to sign up for a workshop.',
      examples: ['I want to sign up for a workshop', 'can I register for a workshop'],
    },
  ],
});

let call: OfflineCall | undefined;
afterEach(async () => call?.close());

it('sends a request to sign someone up to the desk that does, not to the questions tool', async () => {
  call = await startOfflineCall(centre);
  await call.caller('hey, my son wants to do the intro to pottery thing, can i sign him up');
  expect(call.tools.map((t) => t.name)).toEqual(['transfer_to_courses']);
  expect(call.lastSaid()).toMatch(/\?/);
});
