// "Oh and while I've got you, …" after work done: the aside that opens a further request is no
// part of it, so the request's own words place it. A made-up garden centre: the orders desk, after
// an order, is asked a plant question for the expert it calls.
import { llm } from '@livekit/agents';
import { expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf } from '../fixtures/decide.js';
import { IntentClassifier } from '../intent_classifier.js';
import { catalogTools } from '../tool_catalog.js';
import { analyseUtterance } from './analysis.js';

const garden = defineWorkflow({
  name: 'garden-centre-orders',
  userData: z.object({}),
  start: 'orders',
  agents: [
    {
      id: 'orders',
      description: 'Takes orders for plants and compost.',
      instructions: 'You take orders.',
      canEndCall: true,
      tools: {
        place_order: llm.tool({
          description: 'Order a plant or a bag of compost for collection.',
          parameters: z.object({ item: z.string().describe('What they want, as said.') }),
          execute: async () => 'Ordered, GC-12, ready tomorrow.',
        }),
        check_delivery: llm.tool({
          description: 'Check whether we deliver to a postcode and what delivery costs for the order.',
          parameters: z.object({ postcode: z.string().optional().describe('The postcode to deliver to.') }),
          execute: async () => 'We deliver there for five pounds.',
        }),
      },
    },
    {
      id: 'accounts',
      description: 'Opens trade accounts for landscapers.',
      instructions: 'You open trade accounts.',
      canEndCall: true,
      tools: {},
    },
    {
      id: 'expert',
      description: 'The plant expert: pests, diseases and whether two plants grow well together.',
      instructions: 'You answer plant questions.',
      returns: z.object({ summary: z.string().optional() }),
      tools: {
        plant_advice: llm.tool({
          description: 'Say whether two plants grow well together.',
          parameters: z.object({ plant_a: z.string(), plant_b: z.string() }),
          execute: async () => 'They grow well together.',
        }),
      },
    },
  ],
  edges: [
    {
      from: 'orders',
      to: 'accounts',
      when: 'The caller now wants to open a trade account, or add a landscaper to one.',
      examples: ['I also want a trade account', 'my husband wants an account too'],
    },
    {
      from: 'orders',
      to: 'expert',
      mode: 'call',
      when: 'The caller has a question for the plant expert: whether two plants grow well together.',
      examples: ['can I plant basil with my tomatoes', 'I have a question for the plant expert'],
    },
  ],
});

it('reads the further request without its aside opener', async () => {
  const { toolCtx } = builtAgent(garden, 'orders');
  const d = await new DialoguePolicy().decide(
    chatOf('Take orders.', [
      ['user', 'a bag of compost please'],
      ['tool', 'place_order', { item: 'a bag of compost' }, 'Ordered, GC-12, ready tomorrow.'],
      ['assistant', 'Ordered, GC-12, ready tomorrow.'],
      ['user', "oh and while i've got you, i have some basil for the beds, is that alright with my tomatoes?"],
    ]),
    toolCtx,
  );
  expect(d.toolCalls.map((c) => c.name)).toEqual(['transfer_to_expert']);
});

it('ranks a line opened by an aside as the line without it', async () => {
  const classifier = await IntentClassifier.train(catalogTools(builtAgent(garden, 'orders').toolCtx));
  const ranked = async (line: string) =>
    (await analyseUtterance(classifier, line)).scores.map((s) => `${s.intent} ${s.score.toFixed(3)}`);
  const request = 'i have some basil for the beds, is that alright with my tomatoes?';
  expect(await ranked(`oh and while i've got you, ${request}`)).toEqual(await ranked(request));
  expect(await ranked(`oh and one more thing, ${request}`)).toEqual(await ranked(request));
});
