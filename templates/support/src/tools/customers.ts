import { llm } from '@livekit/agents';
import { looksLikeEmail, normalizeEmail, sameFullName } from 'switchboard/spoken';
import { z } from 'zod';
import type { Helpdesk } from '../api/helpdesk.js';
import type { SupportUserData } from '../userdata.js';

/** Failed lookups allowed per call before the caller is offered a human instead. */
export const MAX_LOOKUP_ATTEMPTS = 3;

// One answer for every mismatch: it never says whether the email exists or whose it is.
const NO_MATCH = (n: number) =>
  `Those details do not match an account (attempt ${n} of ${MAX_LOOKUP_ATTEMPTS}). Ask the caller to check their full name and the email on the account; do not say which was wrong.`;
const LOCKED =
  'The account lookup is locked for this call after too many failed attempts. Do not try again: offer to bring in a human colleague.';

export function findCustomerTool(helpdesk: Helpdesk) {
  return llm.tool({
    description:
      'Find the caller’s account from their full name and the email address on it (both must match the account). Do this before discussing bills or refunds.',
    parameters: z.object({
      name: z.string().describe('The caller’s full name, first and last, as they said it.'),
      email: z.string().describe('The email address on the account, for example "jane.doe@example.org".'),
    }),
    execute: async ({ name, email }, { ctx }: llm.ToolOptions<SupportUserData>) => {
      const userData = ctx.userData;
      if (userData.customerId) return `The account of ${userData.callerName ?? 'the caller'} is already found.`;
      const attempts = userData.lookupAttempts ?? 0;
      if (attempts >= MAX_LOOKUP_ATTEMPTS) throw new llm.ToolError(LOCKED);
      if (name.trim().split(/\s+/).length < 2) {
        throw new llm.ToolError(
          'I need the caller’s first and last name as well as the email. Ask for their full name.',
        );
      }
      const address = normalizeEmail(email);
      if (!looksLikeEmail(address)) {
        throw new llm.ToolError(
          'That does not sound like an email address. Ask the caller to spell it, saying "at" and "dot".',
        );
      }
      const customer = helpdesk.findCustomerByEmail(address);
      // The email alone is not enough: the full name on the account must match too.
      if (!customer || !sameFullName(name, customer.name)) {
        userData.lookupAttempts = attempts + 1;
        throw new llm.ToolError(attempts + 1 >= MAX_LOOKUP_ATTEMPTS ? LOCKED : NO_MATCH(attempts + 1));
      }
      userData.customerId = customer.id;
      userData.plan = customer.plan;
      userData.email = customer.email;
      userData.callerName = customer.name;
      return `Found ${customer.name}, on the ${customer.plan} plan.`;
    },
  });
}
