// A question about something at an agent whose tool answers the caller's questions is answered
// there, even when the classifier or a word of the next desk's work leans to a transfer; a request
// put as a question still goes on. A made-up garden centre.
import { llm } from '@livekit/agents';
import { expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf } from '../fixtures/decide.js';

const garden = defineWorkflow({
  name: 'garden-centre',
  userData: z.object({}),
  start: 'advice',
  agents: [
    {
      id: 'advice',
      description: 'Answers plant questions.',
      instructions: 'You answer questions about plants.',
      canEndCall: true,
      tools: {
        plant_info: llm.tool({
          description: 'Answer a question about what our plants need: light, water or soil.',
          parameters: z.object({ question: z.string().describe('The caller’s question, in their words.') }),
          execute: async () => 'Ferns like shade.',
        }),
      },
      examples: { plant_info: ['does it need much water', 'what soil suits roses', 'is it fine in the shade'] },
    },
    {
      id: 'landscaping',
      description: 'Quotes a whole garden and brings in a designer live.',
      instructions: 'You quote gardens.',
      canEndCall: true,
    },
  ],
  edges: [
    {
      from: 'advice',
      to: 'landscaping',
      when: 'The caller wants a price for their whole garden, a contract, or to talk to someone in landscaping.',
      examples: ['what would it cost for our garden', 'can I talk to someone about a contract'],
    },
  ],
});

const policy = new DialoguePolicy();
const { toolCtx, instructions } = builtAgent(garden, 'advice');
const decide = (said: string) => policy.decide(chatOf(instructions, [['caller', said]]), toolCtx);

it.each([
  'is the fern fine in the shade? our whole patio is dark',
  'we basically live on the patio, does the fern like shade?',
  'does it need much water? our whole team is away a lot',
  'does the designer fern live in shade?',
])('answers a question about something with the tool for questions: %s', async (said) => {
  const d = await decide(said);
  expect(d.toolCalls.map((c) => c.name)).toEqual(['plant_info']);
});

it('sends on a request put as a question', async () => {
  const d = await decide('can I get a price for a contract for our whole garden?');
  expect(d.toolCalls.map((c) => c.name)).toEqual(['transfer_to_landscaping']);
});
