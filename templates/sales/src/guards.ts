import { guard } from 'switchboard';
import type { SalesUserData } from './userdata.js';

export const leadQualified = guard<SalesUserData>(
  'lead qualified',
  (u) => u.qualified,
  'The lead is not qualified yet. Ask for the team size and when they want to start, then call qualify_lead.',
);

export const leadDisqualified = guard<SalesUserData>(
  'lead not a fit yet',
  (u) => !u.qualified && Boolean(u.disqualifyReason),
  'Only leads that qualify_lead found not to be a fit go to follow-up. Call qualify_lead first.',
);
