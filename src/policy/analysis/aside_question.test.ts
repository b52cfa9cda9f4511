// Background, then a second request as a question in an aside: "okay so it's a cracked filter, a
// known fault, fine, but while I have you, what do I owe on my invoice right now". The
// background's words are the repair desk's own, and the whole line ranks nothing; the clause
// after "but" (past "while I have you") asks for the accounts desk on its own. A made-up pool
// service's repair desk.
import { llm } from '@livekit/agents';
import { expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { builtAgent } from '../fixtures/decide.js';
import { IntentClassifier } from '../intent_classifier.js';
import { catalogTools } from '../tool_catalog.js';
import { analyseUtterance } from './analysis.js';

const pools = defineWorkflow({
  name: 'pool-repairs',
  userData: z.object({}),
  start: 'repairs',
  agents: [
    {
      id: 'repairs',
      description: 'Fixes cracked filters, pumps and heaters.',
      instructions: 'You check for a known fault and book a technician.',
      canEndCall: true,
      tools: {
        check_fault: llm.tool({
          description: 'Check whether a cracked filter, a leaking pump or a cold heater is a known fault.',
          parameters: z.object({}),
          execute: async () => 'A cracked filter housing is a known fault.',
        }),
        book_technician: llm.tool({
          description: 'Book a technician to replace a cracked or broken part.',
          parameters: z.object({}),
          execute: async () => 'Booked for Thursday.',
        }),
      },
    },
    { id: 'accounts', description: 'Invoices and payments.', instructions: 'You read invoices.', canEndCall: true },
  ],
  edges: [
    {
      from: 'repairs',
      to: 'accounts',
      when: 'The caller has a question about an invoice or a payment.',
      examples: ['a question about my invoice', 'how much do I owe on my invoice'],
    },
  ],
});

it('ranks the line by the aside question after the background', async () => {
  const classifier = await IntentClassifier.train(catalogTools(builtAgent(pools, 'repairs').toolCtx));
  const a = await analyseUtterance(
    classifier,
    "okay so it's a cracked filter, a known fault, fine, but while i have you, what do i actually owe on my invoice right now",
  );
  expect(a.scores[0]?.intent).toBe('transfer_to_accounts');
});
