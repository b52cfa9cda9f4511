// Claim intake by voice: welcome the caller, fill in the form, verify the policy, read it back and
// file it. Guards make sure nothing is verified before the form is complete, or filed before verification.
import { defineWorkflow } from 'switchboard';
import { claimsHandler } from './agents/claims_handler.js';
import { confirmation } from './agents/confirmation.js';
import { dataCollection } from './agents/data_collection.js';
import { verification } from './agents/verification.js';
import { welcome } from './agents/welcome.js';
import { ClaimsApi } from './api/claims.js';
import { formComplete, policyVerified } from './guards.js';
import { IntakeUserData, PROTECTED_FIELDS } from './userdata.js';

export interface IntakeDeps {
  /** The policy and claims systems the tools call; the mock by default. */
  claims?: ClaimsApi;
}

export function intakeWorkflow(deps: IntakeDeps = {}) {
  const claims = deps.claims ?? new ClaimsApi();
  return defineWorkflow({
    name: 'intake',
    userData: IntakeUserData,
    protectedFields: [...PROTECTED_FIELDS],
    start: 'welcome',
    agents: [welcome, dataCollection(claims), verification(claims), confirmation(claims), claimsHandler],
    edges: [
      {
        from: 'welcome',
        to: 'data_collection',
        when: 'The caller wants to report a new claim.',
        examples: [
          'yes, I need to report a claim',
          'we had a flood and I want to make a claim',
          'yes everyone is fine, I want to file a claim',
        ],
      },
      {
        from: 'data_collection',
        to: 'verification',
        when: 'The form is complete: name, phone, what happened, when, and a description.',
        requires: formComplete,
        history: 'none',
        examples: ['that is everything', 'ok what do you need next', 'yes that is all of it'],
      },
      {
        from: 'verification',
        to: 'confirmation',
        when: 'verify_policy has verified the policy.',
        requires: policyVerified,
        history: 'none',
        examples: ['great, what happens now', 'ok, thank you', 'what is next'],
      },
      {
        from: 'confirmation',
        to: 'data_collection',
        when: 'The caller wants to correct a detail before the claim is filed.',
        history: 'last:2',
        examples: ['no, the phone number is wrong', 'the date is not right', 'I need to change something'],
      },
    ],
    escalation: {
      agent: 'claims_handler',
      when: 'The caller asks for a person, verification is locked, or the claim needs a handler (old incident, inactive policy).',
      examples: ['can I talk to a real person', 'I want a claims handler', 'get me a human'],
      record: { reason: 'escalationReason', ticketId: 'operatorTicket' },
    },
  });
}

// `switchboard console` and `switchboard check` load the default export.
export default intakeWorkflow;
