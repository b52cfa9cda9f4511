import { llm } from '@livekit/agents';
import { getEmail } from 'switchboard';
import { lastFour, sameFullName } from 'switchboard/spoken';
import { z } from 'zod';
import type { Customer } from '../api/index.js';
import type { SupportUserData } from '../userdata.js';
import type { DeskDeps } from './deps.js';
import { normalizeWords } from './matching.js';

/** Failed attempts allowed per call before verification locks. */
export const MAX_VERIFICATION_ATTEMPTS = 3;

export const verifyIdentityParams = z.object({
  name: z.string().describe('The caller’s full name (first and last) as they said it.'),
  email: z
    .string()
    .optional()
    .describe(
      'The email address on the account, for example "jane.doe@example.org"; write spoken "at" and "dot" as symbols. Give this or the account number.',
    ),
  account_number: z.string().optional().describe('The 8-digit account number, digits only. Give this or the email.'),
});

/** The one answer for every mismatch: it never says which detail was wrong or whether an account exists. */
export const NO_MATCH = (used: number) =>
  `Those details do not match our records (attempt ${used} of ${MAX_VERIFICATION_ATTEMPTS}). Ask the caller to check the spelling of their full name and the email or account number; do not say which detail was wrong.`;
export const LOCKED_NOW =
  'Those details do not match our records, and verification is now locked for this call. Tell the caller you cannot verify them by phone and offer to bring in a human colleague (escalate_to_human).';
export const LOCKED = `Verification is locked after ${MAX_VERIFICATION_ATTEMPTS} failed attempts in this call. Do not try again: offer to bring in a human colleague instead (escalate_to_human).`;

export function verifyIdentityTool(deps: DeskDeps) {
  return llm.tool({
    description:
      'Verify the caller’s identity against the account on file, using their full name plus the email address or the 8-digit account number. Required before discussing invoices or refunds.',
    parameters: verifyIdentityParams,
    execute: async ({ name, email, account_number }, { ctx }: llm.ToolOptions<SupportUserData>) => {
      const userData = ctx.userData;
      if (userData.verified && userData.customerId) {
        const customer = deps.store.getCustomer(userData.customerId);
        return `${customer?.name ?? 'The caller'} is already verified for this call.`;
      }
      const attempts = userData.verificationAttempts ?? 0;
      if (attempts >= MAX_VERIFICATION_ATTEMPTS) {
        throw new llm.ToolError(LOCKED);
      }
      if (normalizeWords(name).split(' ').filter(Boolean).length < 2) {
        throw new llm.ToolError('I need the caller’s first and last name to verify them. Ask for their full name.');
      }
      const digits = account_number?.trim() ? account_number.replace(/\D/g, '') : undefined;
      if (digits !== undefined && digits.length !== 8) {
        throw new llm.ToolError(
          `Account numbers have 8 digits, but I heard ${digits.length}. Ask the caller to read it again from their bill.`,
        );
      }

      // The email goes through the prebuilt capture task: a valid one given with the request is
      // taken as said; a missing one (no account number either) or one that is not an address is
      // asked for, read back and corrected before anything is looked up. Asking counts no attempt.
      let address: string | undefined;
      if (email?.trim() || digits === undefined) {
        const captured = await getEmail({
          question: 'What is the email address on your account?',
          instructions:
            'If the caller would rather give their 8-digit account number than an email address, call decline_email.',
        }).runWith(email);
        if (!captured.ok) {
          throw new llm.ToolError(
            'No email address was taken down, so nothing was checked. Verify with the caller’s full name and the 8-digit account number on their bill instead (ask for it if they have not given it).',
          );
        }
        address = captured.value;
      }

      // Every identifier given must point at one and the same customer, whose full name matches.
      const matches: (Customer | undefined)[] = [];
      if (address !== undefined) matches.push(deps.store.findCustomerByEmail(address));
      if (digits !== undefined) matches.push(deps.store.findCustomerByAccount(digits));
      const customer = matches[0];
      const agree = customer !== undefined && matches.every((m) => m?.id === customer.id);

      if (!agree || !sameFullName(name, customer.name)) {
        const used = attempts + 1;
        // Kept even though the call fails: the wrapper does not roll back on a ToolError.
        userData.verificationAttempts = used;
        throw new llm.ToolError(used < MAX_VERIFICATION_ATTEMPTS ? NO_MATCH(used) : LOCKED_NOW);
      }

      userData.verified = true;
      userData.customerId = customer.id;
      userData.callerName = customer.name;
      userData.email = customer.email;
      userData.accountNumber = customer.accountNumber;
      delete userData.verificationAttempts;
      return `Thank you, ${customer.name}, you are verified. I can see the ${customer.plan} plan account ending in ${lastFour(customer.accountNumber)}.`;
    },
  });
}
