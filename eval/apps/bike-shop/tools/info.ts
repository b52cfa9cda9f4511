import { llm } from '@livekit/agents';
import { z } from 'zod';
import type { Shop } from '../api/shop.js';

export function shopQuestionTool(shop: Shop) {
  return llm.tool({
    description:
      'Answer a general question about the shop: opening hours, address and parking, e-bikes we service, parts in stock, walk-ins, payment, warranty, storage.',
    parameters: z.object({
      question: z.string().describe('The caller’s question, in their words.'),
    }),
    execute: async ({ question }) => {
      const answers = shop.answer(question);
      if (answers.length === 0)
        throw new llm.ToolError(
          'The shop notes have no answer to that. Say so honestly and offer to put the caller through to a mechanic.',
        );
      return answers.slice(0, 2).join(' ');
    },
  });
}
