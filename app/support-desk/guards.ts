import { guard } from 'switchboard';
import type { SupportUserData } from './userdata.js';

/** Account data (invoices, refunds) only after verify_identity matched the store. */
export const identityVerified = guard<SupportUserData>(
  'identity verified',
  (u) => u.verified && Boolean(u.customerId),
  'The caller is not verified yet. Ask for their full name and the email or account number on file, then call verify_identity.',
);
