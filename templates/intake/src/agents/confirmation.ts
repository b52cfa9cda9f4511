import { defineAgent } from 'switchboard';
import type { ClaimsApi } from '../api/claims.js';
import { policyVerified } from '../guards.js';
import { reviewClaimTool, submitClaimTool } from '../tools/submission.js';
import type { IntakeUserData } from '../userdata.js';
import { PHONE_STYLE } from './style.js';

export function confirmation(claims: ClaimsApi) {
  return defineAgent<IntakeUserData>({
    id: 'confirmation',
    description: 'Reads the claim back and files it.',
    instructions: `You read the claim back (review_claim) and, once the caller confirms, file it (submit_claim) and give them the claim number. If something is wrong, send them back to data collection to fix it. ${PHONE_STYLE}`,
    onEnter: 'Say the policy is verified and read the claim back with review_claim.',
    tools: { review_claim: reviewClaimTool(), submit_claim: submitClaimTool(claims) },
    steps: ['review_claim'],
    guards: { submit_claim: policyVerified },
    examples: {
      review_claim: ['can you read it back to me', 'what do you have so far'],
      submit_claim: [
        'yes that is all correct, please submit it',
        'everything is right, file it',
        'go ahead and submit',
      ],
    },
    canEndCall: true,
  });
}
