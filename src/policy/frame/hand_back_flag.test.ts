// The flag a specialist hands back ("answered", "resolved") says whether it did its work: a caller
// who leaves with a cheerful "fine, bye" before any of its tools succeeded was not helped, whatever
// their words; once a tool answered them, leaving says it was done. A made-up garden centre.
import { llm } from '@livekit/agents';
import { expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf } from '../fixtures/decide.js';

const gardenCentre = defineWorkflow({
  name: 'garden-centre',
  userData: z.object({}),
  start: 'front',
  agents: [
    { id: 'front', description: 'Sends callers to the right desk.', instructions: 'You answer.', canEndCall: true },
    {
      id: 'plants',
      description: 'Checks which plants are in stock.',
      instructions: 'You check plant stock.',
      returns: z.object({
        answered: z.boolean().describe('True when the question was answered.'),
        summary: z.string().describe('One sentence on what was found.'),
      }),
      tools: {
        plant_stock: llm.tool({
          description: 'Check whether a plant is in stock, by its loyalty card number and plant name.',
          parameters: z.object({
            card: z.string().describe('The loyalty card number, GC and four digits.'),
            plant: z.string().describe('The plant the caller asks about.'),
          }),
          execute: async () => 'Six lavender plants in stock.',
        }),
      },
    },
  ],
  edges: [{ from: 'front', to: 'plants', mode: 'call', when: 'Questions about plants in stock.' }],
});

it('hands back as not answered when the caller leaves before any tool did its work', async () => {
  const { toolCtx, instructions } = builtAgent(gardenCentre, 'plants', 'front');
  const d = await new DialoguePolicy().decide(
    chatOf(instructions, [
      ['caller', 'do you have lavender in'],
      ['agent', 'Could you tell me your loyalty card number?'],
      ['caller', 'fine. bye'],
    ]),
    toolCtx,
  );
  const back = d.toolCalls.find((c) => c.name === 'return_to_previous_agent');
  expect(back?.args).toMatchObject({ answered: false });
});

it('hands back as answered when the caller leaves after the stock was read out', async () => {
  const { toolCtx, instructions } = builtAgent(gardenCentre, 'plants', 'front');
  const d = await new DialoguePolicy().decide(
    chatOf(instructions, [
      ['caller', 'do you have lavender in, card GC 4410'],
      ['tool', 'plant_stock', { card: 'GC4410', plant: 'lavender' }, 'Six lavender plants in stock.'],
      ['agent', 'Six lavender plants in stock.'],
      ['caller', 'great, that is all, bye'],
    ]),
    toolCtx,
  );
  const back = d.toolCalls.find((c) => c.name === 'return_to_previous_agent');
  expect(back?.args).toMatchObject({ answered: true });
});
