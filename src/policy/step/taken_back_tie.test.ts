// "text me a link, no actually, forget the link, I'll just pay when I pick them up": the line names two
// tools alike, and the one it takes back may be the runner-up. On a made-up dry cleaner's payment
// desk, what follows the taking back decides (pay in the shop), not a question between the two.
import { llm } from '@livekit/agents';
import { expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf } from '../fixtures/decide.js';

const cleaners = defineWorkflow({
  name: 'cleaners',
  userData: z.object({}),
  start: 'till',
  agents: [
    {
      id: 'till',
      description: 'Takes payment for the cleaning order.',
      instructions: 'Ask whether they pay in the shop or want a payment link by text.',
      canEndCall: true,
      tools: {
        pay_in_shop: llm.tool({
          description: 'Let the customer pay in the shop when they collect their clothes.',
          parameters: z.object({}),
          execute: async () => 'Paying in the shop is fine.',
        }),
        text_pay_link: llm.tool({
          description: 'Text a secure payment link to the customer’s phone.',
          parameters: z.object({ phone: z.string().describe('The mobile number to text the link to.') }),
          execute: async () => 'Link sent.',
        }),
      },
      examples: {
        pay_in_shop: ['I will just pay when I pick them up', 'no link, I will pay in the shop', 'cash at the counter'],
        text_pay_link: [
          'text me a link, my number is 415 555 0188',
          'send the link to 415 555 0188',
          'pay by link please',
        ],
      },
    },
  ],
  edges: [],
});

it('reads what follows a taken-back request that tied with the other', async () => {
  const { toolCtx, instructions } = builtAgent(cleaners, 'till');
  const chat = chatOf(instructions, [
    ['caller', 'can I get two shirts cleaned for pickup'],
    ['agent', 'Added 2 shirts. Total $12.00.'],
    ['caller', "that's all"],
    ['agent', 'Will you pay in the shop, or would you like a payment link by text?'],
    ['caller', "text me a link, no actually, forget the link, I'll just pay when I pick them up"],
  ]);
  const d = await new DialoguePolicy().decide(chat, toolCtx);
  expect(d.toolCalls.map((c) => c.name)).toEqual(['pay_in_shop']);
});
