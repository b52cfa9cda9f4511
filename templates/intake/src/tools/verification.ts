import { llm } from '@livekit/agents';
import { getDateOfBirth } from 'switchboard';
import { z } from 'zod';
import type { ClaimsApi } from '../api/claims.js';
import type { IntakeUserData } from '../userdata.js';
import { sameFullName } from 'switchboard/spoken';

export const MAX_ATTEMPTS = 3;

/** "hm 482913" → "HM-482913". */
export function normalizePolicyNumber(said: string): string {
  const compact = said.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return compact.replace(/^([A-Z]+)(\d+)$/, '$1-$2');
}

export function verifyPolicyTool(claims: ClaimsApi) {
  return llm.tool({
    description: 'Verify the caller holds the policy: policy number plus the policyholder’s date of birth.',
    parameters: z.object({
      policy_number: z.string().describe('The policy number, like "HM-482913".'),
      date_of_birth: z
        .string()
        .describe(
          'The policyholder’s date of birth, for example "1984-07-12"; the tool asks again when it is unclear.',
        ),
    }),
    execute: async ({ policy_number, date_of_birth }, { ctx }: llm.ToolOptions<IntakeUserData>) => {
      const u = ctx.userData;
      if (u.verified) return 'The policy is already verified.';
      if (u.verificationAttempts >= MAX_ATTEMPTS) {
        throw new llm.ToolError(
          'Verification is locked after three failed attempts. Offer to bring in a claims handler.',
        );
      }
      if (!u.fullName) {
        throw new llm.ToolError('I need the policyholder’s full name first. Ask for it and save it with save_contact.');
      }
      const number = normalizePolicyNumber(policy_number);
      // The prebuilt task reads spoken dates; a missing or unreadable one is asked for and read back.
      const birth = await getDateOfBirth({ now: () => claims.now() }).runWith(date_of_birth);
      if (!birth.ok)
        throw new llm.ToolError(
          'Verification needs the policyholder’s date of birth. Offer to bring in a claims handler.',
        );
      const born = birth.value;
      const policy = claims.policy(number);
      // Number, birth date and the whole name on the policy must all match (a shared last name is not enough).
      const matches = policy !== undefined && born === policy.dateOfBirth && sameFullName(u.fullName, policy.holder);
      if (!matches) {
        // Counted even though the call fails: the attempt limit must hold across retries.
        u.verificationAttempts += 1;
        const left = MAX_ATTEMPTS - u.verificationAttempts;
        throw new llm.ToolError(
          left > 0
            ? `Those details do not match a policy (attempt ${u.verificationAttempts} of ${MAX_ATTEMPTS}). Ask the caller to check the policy number and date of birth; do not say which one was wrong.`
            : 'Those details do not match, and verification is now locked. Offer to bring in a claims handler.',
        );
      }
      if (!policy.active) {
        throw new llm.ToolError(
          `Policy ${number} is no longer active, so a claim cannot be filed by phone. Offer a claims handler.`,
        );
      }
      u.verified = true;
      u.policyNumber = number;
      return `Verified: policy ${number} for ${policy.holder}, covering ${policy.address}.`;
    },
  });
}
