import { llm } from '@livekit/agents';
import { money } from 'switchboard/spoken';
import { z } from 'zod';
import type { SalesCrm } from '../api/crm.js';
import type { SalesUserData } from '../userdata.js';

export function productInfoTool(crm: SalesCrm) {
  return llm.tool({
    description:
      'Answer a question about what Relay does: integrations, pipeline, reporting, security or the mobile app.',
    parameters: z.object({ question: z.string().describe('The caller’s question, in their words.') }),
    execute: async ({ question }) => {
      const topic = crm.topic(question);
      if (!topic) {
        throw new llm.ToolError(
          `The product notes do not cover that. Say you will have the account executive follow up, and mention what you can cover: ${crm.topicNames().join(', ')}.`,
        );
      }
      return topic.answer;
    },
  });
}

export function recommendPlanTool(crm: SalesCrm) {
  return llm.tool({
    description: 'Recommend the plan that fits the lead’s team size, with a monthly estimate.',
    parameters: z.object({}),
    execute: async (_args, { ctx }: llm.ToolOptions<SalesUserData>) => {
      const seats = ctx.userData.teamSize;
      if (!seats) throw new llm.ToolError('I need the team size first. Ask how many people would use Relay.');
      const plan = crm.planFor(seats);
      ctx.userData.recommendedPlan = plan.label;
      if (plan.pricePerSeatCents === 0) {
        return `${plan.label} fits a team of ${seats}; the account executive prices it for them.`;
      }
      return `${plan.label} fits a team of ${seats}: ${money(plan.pricePerSeatCents, { dropZeroCents: true })} per seat, about ${money(plan.pricePerSeatCents * seats, { dropZeroCents: true })} a month.`;
    },
  });
}
