import { guard } from 'switchboard';
import type { IntakeUserData } from './userdata.js';

/** Verification only makes sense once we know who is calling and what happened. */
export const formComplete = guard<IntakeUserData>(
  'form complete',
  (u) => Boolean(u.fullName && u.phone && u.incidentType && u.incidentDate && u.description),
  'The form is not complete yet. Collect the name and phone (save_contact) and the incident details (save_incident) first.',
);

export const policyVerified = guard<IntakeUserData>(
  'policy verified',
  (u) => u.verified,
  'The policy is not verified yet. Ask for the policy number and date of birth, then call verify_policy.',
);
