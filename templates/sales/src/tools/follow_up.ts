import { llm } from '@livekit/agents';
import { looksLikeEmail, normalizeEmail } from 'switchboard/spoken';
import { z } from 'zod';
import type { SalesCrm } from '../api/crm.js';
import type { SalesUserData } from '../userdata.js';

export function sendResourcesTool(crm: SalesCrm) {
  return llm.tool({
    description: 'Email the caller the product guide and a free trial link, and save them as a lead for later.',
    parameters: z.object({ email: z.string().describe('Where to send the guide, for example "sam@example.com".') }),
    execute: async ({ email }, { ctx }: llm.ToolOptions<SalesUserData>) => {
      const address = normalizeEmail(email);
      if (!looksLikeEmail(address)) {
        throw new llm.ToolError(
          `"${email}" does not sound like an email address. Ask the caller to spell it, saying "at" and "dot".`,
        );
      }
      const userData = ctx.userData;
      crm.saveLead({
        name: userData.contactName,
        company: userData.company,
        email: address,
        note: userData.disqualifyReason ?? 'asked for resources',
      });
      userData.email = address;
      userData.resourcesSentTo = address;
      return `The guide and a free trial link are on their way to ${address}.`;
    },
  });
}

export function scheduleFollowUpTool(crm: SalesCrm) {
  return llm.tool({
    description: 'Schedule a check-in call a number of months from now, when the caller might be ready.',
    parameters: z.object({
      months: z.number().int().describe('How many months from now, from 1 to 12.'),
    }),
    execute: async ({ months }, { ctx }: llm.ToolOptions<SalesUserData>) => {
      if (months < 1 || months > 12) {
        throw new llm.ToolError(
          `Follow-ups can be one to twelve months away, not ${months}. Ask when would suit them.`,
        );
      }
      const at = crm.now();
      at.setMonth(at.getMonth() + months, 1);
      const month = at.toLocaleString('en-US', { month: 'long', year: 'numeric' });
      ctx.userData.followUpMonth = month;
      return `We will check in with them in ${month}.`;
    },
  });
}
