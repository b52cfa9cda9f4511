import { guard } from 'switchboard';
import type { SupportUserData } from './userdata.js';

/** Account data only once find_customer has matched the caller to an account. */
export const customerFound = guard<SupportUserData>(
  'customer found',
  (u) => Boolean(u.customerId),
  'I do not know which account this is yet. Ask for their full name and the email address on the account, then call find_customer.',
);
