import { llm } from '@livekit/agents';
import { z } from 'zod';
import type { NimbusApi } from '../api/nimbus.js';

export function companyFaqTool(api: NimbusApi) {
  return llm.tool({
    description: 'Answer a general question about Nimbus Cloud: opening hours, office address, jobs, data privacy.',
    parameters: z.object({
      question: z.string().describe('The caller’s question, in their words.'),
    }),
    execute: async ({ question }) => {
      const answer = api.answer(question);
      if (!answer) {
        throw new llm.ToolError(
          'There is no answer to that in the company notes. Say so honestly and hand the caller back so the router can find the right team.',
        );
      }
      return answer;
    },
  });
}
