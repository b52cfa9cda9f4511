import { llm } from '@livekit/agents';
import { z } from 'zod';
import type { Helpdesk } from '../api/helpdesk.js';
import type { SupportUserData } from '../userdata.js';
import { looksLikeEmail, normalizeEmail } from './spoken.js';

export function findCustomerTool(helpdesk: Helpdesk) {
  return llm.tool({
    description: 'Find the caller’s account by the email address on it. Do this before discussing bills or refunds.',
    parameters: z.object({
      email: z.string().describe('The email address on the account, for example "ann.lee@example.com".'),
    }),
    execute: async ({ email }, { ctx }: llm.ToolOptions<SupportUserData>) => {
      const address = normalizeEmail(email);
      if (!looksLikeEmail(address)) {
        throw new llm.ToolError(
          `"${email}" does not sound like an email address. Ask the caller to spell it, saying "at" and "dot".`,
        );
      }
      const customer = helpdesk.findCustomerByEmail(address);
      if (!customer) {
        throw new llm.ToolError(
          `No account uses ${address}. Ask the caller to check the spelling, or whether another address is on the account.`,
        );
      }
      const userData = ctx.userData;
      userData.customerId = customer.id;
      userData.plan = customer.plan;
      userData.email = customer.email;
      userData.callerName = customer.name;
      return `Found ${customer.name}, on the ${customer.plan} plan.`;
    },
  });
}
