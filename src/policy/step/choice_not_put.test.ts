// A choice between two of an agent's tools stands only when that agent put it to the caller. On a
// made-up bookkeeping app, a line said to the intake agent before the hand-over reads as a tie at
// the tour desk; the desk never asked, so the next line is read on its own (a question about the
// product goes to the tool that answers questions) instead of being taken as the answer to a choice
// nobody heard.
import { llm } from '@livekit/agents';
import { expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf } from '../fixtures/decide.js';

const ledger = defineWorkflow({
  name: 'ledger',
  userData: z.object({}),
  start: 'intake',
  agents: [
    { id: 'intake', description: 'Asks about the firm.', instructions: 'You ask how big the firm is.' },
    {
      id: 'partner',
      description: 'A partnerships manager who prices contracts.',
      instructions: 'You book a call with a partnerships manager.',
      canEndCall: true,
    },
    {
      id: 'tour',
      description: 'Shows how the product fits and suggests a tier.',
      instructions: 'Answer questions with feature_info, suggest a tier with suggest_tier.',
      canEndCall: true,
      tools: {
        feature_info: llm.tool({
          description: 'Answer a question about what Tally does: invoicing, payroll, tax returns or the bank feed.',
          parameters: z.object({ question: z.string().describe('The caller’s question, in their words.') }),
          execute: async () => 'Invoices go out on a schedule.',
        }),
        suggest_tier: llm.tool({
          description: 'Recommend the tier that fits the firm’s number of clients, with a monthly estimate.',
          parameters: z.object({}),
          execute: async () => 'Practice tier.',
        }),
      },
      examples: {
        feature_info: ['does it do payroll', 'how does invoicing work', 'is there a bank feed'],
        suggest_tier: ['which tier would fit us', 'what tier do you recommend', 'how much would it cost for us'],
      },
    },
  ],
  edges: [
    { from: 'intake', to: 'tour', when: 'The firm is a fit.' },
    { from: 'tour', to: 'partner', when: 'The caller wants pricing, a trial for the whole practice or a contract.' },
  ],
});

it('does not answer a choice the agent never put', async () => {
  const { toolCtx, instructions } = builtAgent(ledger, 'tour');
  const chat = chatOf(instructions, [
    ['agent', 'Thanks for calling Tally. How many clients does your firm look after?'],
    ['caller', 'We are evaluating bookkeeping platforms for a practice of seventy clients, deciding this quarter.'],
    ['agent', 'Great, seventy clients is a good fit.'],
    ['agent', 'Happy to show you around Tally. What matters most: invoicing, payroll, tax returns or the bank feed?'],
    ['caller', 'We run long audits, so reconciliation matters. How does Tally handle reconciling?'],
  ]);
  const d = await new DialoguePolicy().decide(chat, toolCtx);
  expect(d.toolCalls.map((c) => c.name)).toEqual(['feature_info']);
});
