// Library cards: checking a card against the caller's surname, loans and renewals, lost cards.
import { llm } from '@livekit/agents';
import { money, nameKey, parseDay, parsePhoneNumber, sameFullName, spokenDay } from 'switchboard/spoken';
import { z } from 'zod';
import {
  FINE_BLOCK_CENTS,
  MAX_RENEWALS,
  REPLACEMENT_CARD_FEE_CENTS,
  type LibraryApi,
  type Loan,
  type Member,
} from '../api/library.js';
import type { LibraryUserData } from '../userdata.js';

/** Failed card or identity checks allowed per call before the caller is offered a librarian. */
export const MAX_ATTEMPTS = 3;

const DIGIT_WORDS: Record<string, string> = {
  zero: '0',
  oh: '0',
  o: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
};

/**
 * A card number as callers say it: "RP-4821", "rp 4821", "R P four eight two one", or just the
 * four digits. Undefined when it is not a card number.
 */
export function normalizeCardNumber(said: string): string | undefined {
  const words = said
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .map((w) => DIGIT_WORDS[w] ?? w);
  const compact = words.join('').toUpperCase();
  const match = /^(?:RP)?(\d{4})$/.exec(compact);
  return match ? `RP-${match[1]}` : undefined;
}

/** The caller's surname (or whole name) against the name on the card. */
function sameSurname(said: string, onFile: string): boolean {
  if (sameFullName(said, onFile)) return true;
  const surname = onFile.trim().split(/\s+/).pop() ?? '';
  const given = nameKey(said);
  return given.words === 1 && given.key === nameKey(surname).key;
}

// One answer for every mismatch: it never says whether the card exists or whose it is.
const NO_MATCH = (n: number) =>
  `That card number and surname do not match our records (attempt ${n} of ${MAX_ATTEMPTS}). Ask the caller to read the card number from the back of the card, it looks like R P dash and four digits, and to give the surname on the card. Do not say which one was wrong.`;
const LOCKED =
  'Card checks are locked for this call after too many failed attempts. Do not try again: offer to put the caller through to a librarian.';

/**
 * The verified card of this call, or a check of the card number and surname the caller gave.
 * Writes the card to userdata on success; counts failures.
 */
export function verifyCard(
  library: LibraryApi,
  u: LibraryUserData,
  card_number: string | undefined,
  surname: string | undefined,
): Member {
  if (u.cardNumber) {
    const known = library.member(u.cardNumber);
    if (known) return known;
  }
  const attempts = u.cardAttempts ?? 0;
  if (attempts >= MAX_ATTEMPTS) throw new llm.ToolError(LOCKED);
  if (!card_number?.trim() || !surname?.trim()) {
    throw new llm.ToolError(
      'I need both the library card number and the surname on the card. Ask for whichever is missing.',
    );
  }
  const card = normalizeCardNumber(card_number);
  if (!card) {
    throw new llm.ToolError(
      `"${card_number}" is not a library card number: they are R P dash and four digits, printed on the back of the card. Ask the caller to read it again.`,
    );
  }
  const member = library.member(card);
  if (!member || !sameSurname(surname, member.name)) {
    u.cardAttempts = attempts + 1;
    throw new llm.ToolError(attempts + 1 >= MAX_ATTEMPTS ? LOCKED : NO_MATCH(attempts + 1));
  }
  if (member.status === 'lost') {
    throw new llm.ToolError(
      `Card ${card} was reported lost and is blocked, so it cannot be used. If the caller has not got a new card yet, offer to issue a replacement (report_lost_card).`,
    );
  }
  u.cardNumber = member.cardNumber;
  u.memberName = member.name;
  u.callerName ??= member.name;
  return member;
}

function describeLoan(library: LibraryApi, loan: Loan): string {
  const title = library.item(loan.itemId)?.title ?? loan.itemId;
  const now = library.now();
  const when = spokenDay(loan.due, now, library.timeZone);
  return loan.due < now ? `${title} was due ${when} and is overdue` : `${title} is due ${when}`;
}

export function checkLoansTool(library: LibraryApi) {
  return llm.tool({
    description:
      'Check the caller’s library card with its number and the surname on it, then read out what they have on loan, when each item is due, and any fines. Do this before renewing.',
    parameters: z.object({
      card_number: z
        .string()
        .optional()
        .describe(
          'The library card number, R P dash and four digits, as the caller read it. Not needed once the card is checked.',
        ),
      surname: z.string().optional().describe('The surname (last name) on the card.'),
    }),
    execute: async ({ card_number, surname }, { ctx }: llm.ToolOptions<LibraryUserData>) => {
      const member = verifyCard(library, ctx.userData, card_number, surname);
      const loans = library.loansOf(member.cardNumber);
      const fines = member.finesCents > 0 ? ` Fines owed: ${money(member.finesCents)}.` : '';
      if (loans.length === 0) return `Card of ${member.name}: nothing is on loan right now.${fines}`;
      const list = loans.map((l) => describeLoan(library, l)).join('; ');
      return `Card of ${member.name}: ${loans.length} item${loans.length === 1 ? '' : 's'} on loan. ${list}.${fines}`;
    },
  });
}

export function renewLoansTool(library: LibraryApi) {
  return llm.tool({
    description:
      'Renew the caller’s loans for three more weeks: every item, or one title they name. Items can be renewed twice, not when someone else is waiting for them, and not while the card owes ten dollars or more.',
    parameters: z.object({
      title: z
        .string()
        .optional()
        .describe('The title of the one item to renew, in the caller’s words. Leave out to renew everything on loan.'),
    }),
    execute: async ({ title }, { ctx }: llm.ToolOptions<LibraryUserData>) => {
      const u = ctx.userData;
      const member = verifyCard(library, u, undefined, undefined);
      if (member.finesCents >= FINE_BLOCK_CENTS) {
        throw new llm.ToolError(
          `This card owes ${money(member.finesCents)}, and cards owing ${money(FINE_BLOCK_CENTS, { dropZeroCents: true })} or more cannot renew until the fines are paid at a branch desk or online. Tell the caller; a librarian can help if they dispute the fines.`,
        );
      }
      let loans = library.loansOf(member.cardNumber);
      if (loans.length === 0) throw new llm.ToolError('Nothing is on loan on this card, so there is nothing to renew.');
      const wanted = title?.trim().toLowerCase();
      if (wanted && !['all', 'everything', 'all of them', 'all items'].includes(wanted)) {
        const words = wanted
          .replace(/[^a-z0-9 ]+/g, ' ')
          .split(/\s+/)
          .filter((w) => w.length > 2 && w !== 'the');
        const match = loans.filter((l) => {
          const t = (library.item(l.itemId)?.title ?? '').toLowerCase();
          return words.length > 0 && words.every((w) => t.includes(w));
        });
        if (match.length === 0) {
          const titles = loans.map((l) => library.item(l.itemId)?.title ?? l.itemId).join(', ');
          throw new llm.ToolError(
            `"${title}" is not on loan on this card. The items on loan are: ${titles}. Ask which one.`,
          );
        }
        loans = match;
      }
      const done: string[] = [];
      const refused: string[] = [];
      for (const loan of loans) {
        const name = library.item(loan.itemId)?.title ?? loan.itemId;
        if (loan.renewals >= MAX_RENEWALS) refused.push(`${name} has already been renewed ${MAX_RENEWALS} times`);
        else if (library.hasWaitingHold(loan.itemId, member.cardNumber))
          refused.push(`${name} cannot be renewed because another member is waiting for it`);
        else {
          library.renew(loan);
          done.push(`${name} is now due ${spokenDay(loan.due, library.now(), library.timeZone)}`);
          u.renewed = [...u.renewed, name];
        }
      }
      if (done.length === 0) {
        throw new llm.ToolError(
          `Nothing could be renewed: ${refused.join('; ')}. Tell the caller it needs to come back by its due date.`,
        );
      }
      const late = refused.length ? ` Not renewed: ${refused.join('; ')}.` : '';
      return `Renewed: ${done.join('; ')}.${late}`;
    },
  });
}

export function reportLostCardTool(library: LibraryApi) {
  return llm.tool({
    description:
      'Report a lost or stolen library card: checks the caller’s identity with their full name, date of birth and the phone number on their account, blocks the old card and issues a new card number.',
    parameters: z.object({
      full_name: z.string().describe('The cardholder’s first and last name.'),
      date_of_birth: z
        .string()
        .describe('The cardholder’s date of birth, for example "April 12, 1986" or "1986-04-12".'),
      phone: z.string().describe('The phone number on the library account, for example "415 555 0199".'),
    }),
    execute: async ({ full_name, date_of_birth, phone }, { ctx }: llm.ToolOptions<LibraryUserData>) => {
      const u = ctx.userData;
      if (u.replacementCard) {
        return `A new card, ${u.replacementCard}, was already issued on this call. The old card is blocked.`;
      }
      const attempts = u.identityAttempts ?? 0;
      if (attempts >= MAX_ATTEMPTS) {
        throw new llm.ToolError(
          'Identity checks are locked for this call after too many failed attempts. Do not try again: offer to put the caller through to a librarian, or to visit a branch with photo ID.',
        );
      }
      if (full_name.trim().split(/\s+/).length < 2) {
        throw new llm.ToolError('I need the cardholder’s first and last name. Ask for their full name.');
      }
      const born = parseDay(date_of_birth);
      if (!born) {
        throw new llm.ToolError(
          `I could not read "${date_of_birth}" as a date of birth. Ask for the day, month and year, for example April 12, 1986.`,
        );
      }
      const number = parsePhoneNumber(phone);
      if (!number.ok) throw new llm.ToolError(`${number.problem} Ask for the phone number on the account again.`);
      const member = library.memberByPhone(number.e164);
      if (
        !member ||
        !sameFullName(full_name, member.name) ||
        member.dateOfBirth !== born ||
        member.status !== 'active'
      ) {
        u.identityAttempts = attempts + 1;
        throw new llm.ToolError(
          attempts + 1 >= MAX_ATTEMPTS
            ? 'Those details still do not match, and identity checks are now locked for this call. Offer to put the caller through to a librarian, or to visit any branch with photo ID.'
            : `Those details do not match an active library account (attempt ${attempts + 1} of ${MAX_ATTEMPTS}). Ask the caller to check their full name, date of birth and the phone number they gave the library. Do not say which detail was wrong.`,
        );
      }
      const replacement = library.replaceCard(member.cardNumber);
      u.replacementCard = replacement.cardNumber;
      u.cardNumber = replacement.cardNumber;
      u.memberName = replacement.name;
      u.callerName ??= replacement.name;
      return `The old card is blocked, so nobody else can use it. The new card number is ${replacement.cardNumber}; it works from now on, for loans, holds and renewals, and the physical card can be picked up at any branch desk with photo ID. A replacement fee of ${money(REPLACEMENT_CARD_FEE_CENTS, { dropZeroCents: true })} was added to the account.`;
    },
  });
}
