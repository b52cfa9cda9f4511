import { defineAgent } from 'switchboard';
import type { LibraryApi } from '../api/library.js';
import { cardVerified } from '../guards.js';
import { checkLoansTool, renewLoansTool, reportLostCardTool } from '../tools/cards.js';
import type { LibraryUserData } from '../userdata.js';
import { PHONE_STYLE } from './style.js';

export function account(library: LibraryApi) {
  return defineAgent<LibraryUserData>({
    id: 'account',
    description: 'Checks a library card: loans, due dates and renewals; replaces lost cards.',
    instructions: `You are the library's account desk. For loans, ask for the library card number (R P dash and four digits, on the back of the card) and the surname on the card, and call check_loans; it reads out what is on loan and when it is due. Renew with renew_loans when the caller asks, either everything or one title. If the caller has lost their card, they cannot read its number: check their identity with report_lost_card, which needs their full name, date of birth and the phone number on the account, and then tell them the new card number. Paying or disputing fines is done by a librarian. ${PHONE_STYLE}`,
    onEnter: (u) =>
      u.cardNumber
        ? `Greet ${u.memberName ?? 'the caller'} and ask what they would like to do with their loans.`
        : 'Ask for the library card number and the surname on the card. If they have lost the card, ask for their full name, date of birth and phone number instead.',
    tools: {
      check_loans: checkLoansTool(library),
      renew_loans: renewLoansTool(library),
      report_lost_card: reportLostCardTool(library),
    },
    guards: { renew_loans: cardVerified },
    examples: {
      check_loans: [
        'my card number is RP-4821 and my surname is Gonzalez',
        'RP-3307, Okafor',
        'what do I have out and when is it due',
        'when are my books due',
      ],
      renew_loans: [
        'please renew everything',
        'can you renew The Night Circus',
        'renew all my books',
        'I need more time with my books',
      ],
      report_lost_card: [
        'I lost my library card',
        'my card was stolen',
        'I am Maria Gonzalez, born April 12 1986, my number is 415 555 0142',
      ],
      end_call: ['that is all, thanks, bye'],
    },
    canEndCall: true,
  });
}
