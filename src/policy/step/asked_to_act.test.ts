// A made-up arts centre: the front desk answers general questions by topic (one topic is
// "pottery", at a studio) and sends sign-ups to the classes desk. "my daughter wants to do the
// pottery class at the east studio, can you sign her up" gives the question tool all its values,
// but the caller asks the agent to act: the sign-up desk, not the pottery prices.
import { llm } from '@livekit/agents';
import { afterEach, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { type OfflineCall, startOfflineCall } from '../fixtures/offline_call.js';

const artsCentre = defineWorkflow({
  name: 'arts-centre',
  userData: z.object({}),
  start: 'front',
  agents: [
    {
      id: 'front',
      description: 'Answers the phone at the arts centre.',
      instructions:
        'Answer general questions with centre_info. Send callers who want to sign up for a class to the classes desk.',
      canEndCall: true,
      tools: {
        centre_info: llm.tool({
          description: 'Answer a general question about the arts centre by topic.',
          parameters: z.object({
            topic: z.enum(['hours', 'parking', 'pottery', 'painting', 'cafe']).describe('What the question is about.'),
            studio: z.enum(['east', 'west']).describe('Which studio: east or west.'),
          }),
          execute: async ({ topic }) => `Notes on ${topic}: clay is ten dollars a bag.`,
        }),
      },
    },
    {
      id: 'classes',
      description: 'Signs people up for classes.',
      instructions: 'Sign the caller up for a class.',
      canEndCall: true,
    },
  ],
  edges: [
    {
      from: 'front',
      to: 'classes',
      when: 'The caller wants to sign up for a class or a workshop.',
      examples: ['I want to sign up for a class', 'can I register for the painting workshop', 'book me into a class'],
    },
  ],
});

let call: OfflineCall | undefined;
afterEach(async () => call?.close());

it('goes to the desk that acts, when the question names all of a topic tool’s values', async () => {
  call = await startOfflineCall(artsCentre);
  await call.caller('hi my daughter wants to do the pottery class at the east studio, can you sign her up');
  expect(call.tools.map((t) => t.name)).toContain('transfer_to_classes');
  expect(call.tools.map((t) => t.name)).not.toContain('centre_info');
});
