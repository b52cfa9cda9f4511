// "and" joins what the caller says and asks for nothing: on a made-up mower repair line, the
// accounts desk's example "and why was I charged twice" does not pull "my mower keeps stalling
// and I'm mowing for a client" to accounts by its "and".
import { llm } from '@livekit/agents';
import { expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { builtAgent } from '../fixtures/decide.js';
import { IntentClassifier } from '../intent_classifier.js';
import { catalogTools } from '../tool_catalog.js';

const mowers = defineWorkflow({
  name: 'mowers',
  userData: z.object({}),
  start: 'repairs',
  agents: [
    {
      id: 'repairs',
      description: 'Fixes lawn mowers.',
      instructions: 'You fix mowers.',
      canEndCall: true,
      tools: {
        book_repair: llm.tool({
          description: 'Book a mower into the workshop.',
          parameters: z.object({ model: z.string().describe('The mower model.') }),
          execute: async () => 'Booked.',
        }),
      },
    },
    { id: 'accounts', description: 'Explains charges.', instructions: 'You explain charges.', canEndCall: true },
  ],
  edges: [
    {
      from: 'repairs',
      to: 'accounts',
      when: 'The caller now has an account question.',
      examples: ['and why was I charged twice', 'and what do I owe'],
    },
  ],
});

it('does not count a transfer example’s leading "and" as a word of its request', async () => {
  const classifier = await IntentClassifier.train(catalogTools(builtAgent(mowers, 'repairs').toolCtx));
  const [top] = await classifier.classify("my mower keeps stalling and I'm mowing for a client");
  expect(top?.intent).not.toBe('transfer_to_accounts');
  const [charged] = await classifier.classify('and why was I charged twice on the card');
  expect(charged?.intent).toBe('transfer_to_accounts');
});
