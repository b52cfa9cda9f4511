import { guard } from 'switchboard';
import type { LibraryUserData } from './userdata.js';

/** Loan details and renewals only once check_loans has matched the card to the caller. */
export const cardVerified = guard<LibraryUserData>(
  'card verified',
  (u) => Boolean(u.cardNumber),
  'I do not know whose card this is yet. Ask for the library card number and the surname on the card, then call check_loans.',
);
