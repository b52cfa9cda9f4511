// A follow-up to the question tool just answered ("and how much is a tune-up?" after "are you open
// on Saturdays?") asks about the topic its words name, not the one asked before. A made-up bike shop.
import { llm } from '@livekit/agents';
import { expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf } from '../fixtures/decide.js';

const shop = defineWorkflow({
  name: 'bike-shop',
  userData: z.object({}),
  start: 'desk',
  agents: [
    {
      id: 'desk',
      description: 'Answers questions about the shop.',
      instructions: 'You answer questions.',
      canEndCall: true,
      tools: {
        shop_info: llm.tool({
          description: 'Answer a general question about the shop: opening hours or prices of services.',
          parameters: z.object({
            topic: z
              .enum(['opening hours', 'prices'])
              .describe('opening hours (open, close, Saturday), prices (cost, how much, fees)'),
            service: z.enum(['tune-up', 'puncture']).optional().describe('For prices: the service asked about.'),
          }),
          execute: async () => 'Answered.',
        }),
      },
    },
  ],
  edges: [],
});

it('takes the topic the follow-up names', async () => {
  const policy = new DialoguePolicy({ now: () => new Date('2026-03-05T10:00:00') });
  const d = await policy.decide(
    chatOf('Help the caller.', [
      ['user', 'are you open on saturdays'],
      ['tool', 'shop_info', { topic: 'opening hours' }, 'Open nine to five, Saturdays until one.'],
      ['assistant', 'Open nine to five, Saturdays until one.'],
      ['user', 'and how much is a tune-up'],
    ]),
    builtAgent(shop, 'desk').toolCtx,
  );
  expect(d.toolCalls.map((c) => [c.name, c.args])).toEqual([['shop_info', { topic: 'prices', service: 'tune-up' }]]);
});
