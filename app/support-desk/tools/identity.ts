import { llm } from '@livekit/agents';
import { z } from 'zod';
import type { Customer } from '../store/index.js';
import type { SupportUserData } from '../userdata.js';
import type { DeskDeps } from './deps.js';
import { normalizeWords, sameWord } from './matching.js';
import { lastFour } from './speakable.js';

/** Failed attempts allowed per call before verification locks. */
export const MAX_VERIFICATION_ATTEMPTS = 3;

export const verifyIdentityParams = z.object({
  name: z.string().describe('The caller’s full name (first and last) as they said it.'),
  email: z
    .string()
    .optional()
    .describe(
      'The email address on the account, for example "ann.lee@example.com"; write spoken "at" and "dot" as symbols. Give this or the account number.',
    ),
  account_number: z.string().optional().describe('The 8-digit account number, digits only. Give this or the email.'),
});

/** Spoken emails arrive as "ann dot lee at example dot com". */
export function normalizeEmail(said: string): string {
  return said
    .trim()
    .toLowerCase()
    .replace(/\s+at\s+/g, '@')
    .replace(/\s+dot\s+/g, '.')
    .replace(/\s+/g, '');
}

/** First and last name must both match (one typo each), accents and case ignored. */
export function namesMatch(said: string, onFile: string): boolean {
  const given = normalizeWords(said).split(' ').filter(Boolean);
  const record = normalizeWords(onFile).split(' ').filter(Boolean);
  const first = record[0];
  const last = record.at(-1);
  if (!first || !last || given.length < 2) return false;
  return given.some((w) => sameWord(w, first)) && given.some((w) => sameWord(w, last));
}

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
        throw new llm.ToolError(
          `Verification is locked after ${MAX_VERIFICATION_ATTEMPTS} failed attempts in this call. Do not try again: offer to bring in a human colleague instead.`,
        );
      }
      if (normalizeWords(name).split(' ').filter(Boolean).length < 2) {
        throw new llm.ToolError('I need the caller’s first and last name to verify them. Ask for their full name.');
      }
      if (!email?.trim() && !account_number?.trim()) {
        throw new llm.ToolError(
          'I need the email address or the 8-digit account number on file as well as the name. Ask the caller for one of them.',
        );
      }

      let customer: Customer | undefined;
      let byEmail: Customer | undefined;
      if (email?.trim()) {
        const address = normalizeEmail(email);
        if (!z.string().email().safeParse(address).success) {
          throw new llm.ToolError(
            `"${email.trim()}" does not sound like an email address. Ask the caller to spell it, saying "at" and "dot".`,
          );
        }
        byEmail = deps.store.findCustomerByEmail(address);
        customer = byEmail;
      }
      if (account_number?.trim()) {
        const digits = account_number.replace(/\D/g, '');
        if (digits.length !== 8) {
          throw new llm.ToolError(
            `Account numbers have 8 digits, but I heard ${digits.length}. Ask the caller to read it again from their bill.`,
          );
        }
        const byAccount = deps.store.findCustomerByAccount(digits);
        // Both given: they must point at the same customer.
        customer = byEmail && byAccount?.id !== byEmail.id ? undefined : byAccount;
      }

      if (!customer || !namesMatch(name, customer.name)) {
        const used = attempts + 1;
        // Kept even though the call fails: the wrapper does not roll back on a ToolError.
        userData.verificationAttempts = used;
        const left = MAX_VERIFICATION_ATTEMPTS - used;
        throw new llm.ToolError(
          left > 0
            ? `Those details do not match our records (attempt ${used} of ${MAX_VERIFICATION_ATTEMPTS}). Ask the caller to check the spelling of their name and the email or account number; do not say which detail was wrong.`
            : `Those details do not match our records, and verification is now locked for this call. Tell the caller you cannot verify them by phone and offer to bring in a human colleague.`,
        );
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
