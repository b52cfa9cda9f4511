// A tool named in full in a line full of other words ("ok so nothing's wrong with the tyres then.
// I pumped them already. just book a repair"): the classifier only leans to it, the name settles it.
// A made-up bike shop.
import { llm } from '@livekit/agents';
import { expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf } from '../fixtures/decide.js';

const shop = defineWorkflow({
  name: 'bike-shop',
  userData: z.object({}),
  start: 'workshop',
  agents: [
    {
      id: 'workshop',
      description: 'The workshop.',
      instructions: 'You help with bikes.',
      canEndCall: true,
      tools: {
        check_recall: llm.tool({
          description: 'Check whether a bike model has a safety recall before any repair.',
          parameters: z.object({ model: z.string().describe('The bike model.') }),
          execute: async () => 'No recall for that model.',
        }),
        book_repair: llm.tool({
          description: 'Book a repair so a mechanic looks at the bike, when the problem is not solved on this call.',
          parameters: z.object({ problem: z.string().describe('The problem and what was already tried.') }),
          execute: async () => 'Booked.',
        }),
      },
    },
  ],
  edges: [],
});

const policy = new DialoguePolicy({ now: () => new Date('2026-03-05T10:00:00') });

it('takes the tool whose name the caller says in full, among many other words', async () => {
  const d = await policy.decide(
    chatOf('Help the caller.', [
      ['user', 'is there a recall on the Trekker 300'],
      ['tool', 'check_recall', { model: 'Trekker 300' }, 'No recall for that model.'],
      ['assistant', 'No recall for that model.'],
      ['user', "ok so nothing reported. I've pumped it already. just book a repair"],
    ]),
    builtAgent(shop, 'workshop').toolCtx,
  );
  expect(d.toolCalls.map((c) => c.name)).toEqual(['book_repair']);
});
