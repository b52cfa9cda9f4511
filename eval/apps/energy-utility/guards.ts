import { guard } from 'switchboard';
import type { RiversideUserData } from './userdata.js';

/** Payment plans, refunds and disputes only once account_balance has matched the caller to an account. */
export const accountVerified = guard<RiversideUserData>(
  'account verified',
  (u) => Boolean(u.verifiedAccount),
  'The account is not checked yet. Ask for the account number (like RE-123456) and the account holder’s full name, then call account_balance.',
);
