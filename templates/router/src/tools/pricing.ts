import { llm } from '@livekit/agents';
import { money } from 'switchboard/spoken';
import { z } from 'zod';
import type { NimbusApi } from '../api/nimbus.js';

export function planPriceTool(api: NimbusApi) {
  return llm.tool({
    description: 'Give the monthly price and what is included for a Nimbus Cloud plan (Starter, Team or Enterprise).',
    parameters: z.object({
      plan: z.string().describe('The plan the caller asks about: starter, team or enterprise.'),
    }),
    execute: async ({ plan }) => {
      const found = api.plan(plan);
      if (!found) {
        throw new llm.ToolError(
          `There is no "${plan}" plan. The plans are ${api.planNames().join(', ')}: ask which one interests the caller.`,
        );
      }
      const price =
        found.monthlyCents === 0
          ? 'is priced per contract'
          : `costs ${money(found.monthlyCents, { dropZeroCents: true })} a month`;
      return `The ${found.label} plan ${price} and includes ${found.includes}.`;
    },
  });
}
