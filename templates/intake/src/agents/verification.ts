import { defineAgent } from 'switchboard';
import type { ClaimsApi } from '../api/claims.js';
import { verifyPolicyTool } from '../tools/verification.js';
import type { IntakeUserData } from '../userdata.js';
import { PHONE_STYLE } from './style.js';

export function verification(claims: ClaimsApi) {
  return defineAgent<IntakeUserData>({
    id: 'verification',
    description: 'Checks the caller holds the policy.',
    instructions: `You verify the policy before a claim is filed: ask for the policy number and the policyholder's date of birth, then call verify_policy. After three failed attempts, offer a claims handler. ${PHONE_STYLE}`,
    onEnter:
      'Say you just need to verify the policy, and ask for the policy number and the policyholder’s date of birth.',
    tools: { verify_policy: verifyPolicyTool(claims) },
    steps: ['verify_policy'],
    examples: {
      verify_policy: [
        'policy HM-482913, born July 12 1984',
        'my policy number is HM-551207 and I was born on February 3, 1979',
        'it is HM 482913, date of birth 1984-07-12',
      ],
    },
  });
}
