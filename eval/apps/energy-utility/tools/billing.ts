import { llm } from '@livekit/agents';
import { looksLikeEmail, money, normalizeEmail, sameFullName } from 'switchboard/spoken';
import { z } from 'zod';
import type { EnergyApi } from '../api/energy.js';
import type { RiversideUserData } from '../userdata.js';
import { daysFromToday, readAccountId, readDay, spokenDay } from './spoken.js';

export const pounds = (pence: number) => money(pence, { symbol: '£', dropZeroCents: true });

/** Failed account checks allowed per call before the caller is offered a person instead. */
export const MAX_VERIFY_ATTEMPTS = 3;
/** Refunds above this need a supervisor to approve them. */
export const REFUND_LIMIT_PENCE = 25_000;
/** Payment plans: 2 to 12 payments, each at least £10, the first within 28 days. */
export const MAX_INSTALMENTS = 12;
export const MIN_INSTALMENT_PENCE = 1_000;
export const FIRST_PAYMENT_WITHIN_DAYS = 28;

export const FREQUENCIES = ['weekly', 'fortnightly', 'monthly'] as const;

const NO_MATCH = (n: number) =>
  `That account number and name do not match our records (attempt ${n} of ${MAX_VERIFY_ATTEMPTS}). Ask the caller to check the account number on their bill (RE- and six digits) and the account holder’s full name; do not say which was wrong.`;
const LOCKED =
  'Account checks are locked for this call after too many failed attempts. Do not try again: offer to put the caller through to a supervisor.';

export function accountBalanceTool(api: EnergyApi) {
  return llm.tool({
    description:
      'Check the caller’s account (account number and the account holder’s full name must match) and read out the balance, the latest bill and the direct debit. Do this before a payment plan, refund or dispute.',
    parameters: z.object({
      account_id: z
        .string()
        .describe('The account number from the top of the bill: RE- followed by six digits, like RE-123456.'),
      full_name: z.string().describe('The account holder’s first and last name.'),
    }),
    execute: async ({ account_id, full_name }, { ctx }: llm.ToolOptions<RiversideUserData>) => {
      const u = ctx.userData;
      const attempts = u.verifyAttempts ?? 0;
      if (attempts >= MAX_VERIFY_ATTEMPTS) throw new llm.ToolError(LOCKED);
      const id = readAccountId(account_id);
      if (!id) {
        throw new llm.ToolError(
          `"${account_id}" is not an account number. Account numbers are RE- and six digits, like RE-123456; ask the caller to read it from their bill.`,
        );
      }
      if (full_name.trim().split(/\s+/).length < 2) {
        throw new llm.ToolError('I need the account holder’s first and last name. Ask for their full name.');
      }
      const account = api.account(id);
      if (!account || !sameFullName(full_name, account.holder)) {
        u.verifyAttempts = attempts + 1;
        throw new llm.ToolError(attempts + 1 >= MAX_VERIFY_ATTEMPTS ? LOCKED : NO_MATCH(attempts + 1));
      }
      Object.assign(u, { verifiedAccount: account.id, accountId: account.id, callerName: account.holder });
      const balance =
        account.balancePence > 0
          ? `${pounds(account.balancePence)} is owed`
          : account.balancePence < 0
            ? `the account is ${pounds(-account.balancePence)} in credit`
            : 'the balance is zero';
      const [bill] = api.billsOf(account.id);
      const billText = bill
        ? ` The latest bill, ${bill.id} from ${spokenDay(bill.issued)}, was ${pounds(bill.amountPence)}${bill.estimated ? ', based on an estimated reading' : ''}.`
        : '';
      const debit = account.directDebitPence
        ? ` The monthly direct debit is ${pounds(account.directDebitPence)}.`
        : ' There is no direct debit set up.';
      return `Account ${account.id} for ${account.holder}: ${balance}.${billText}${debit}`;
    },
  });
}

export function paymentPlanTool(api: EnergyApi) {
  return llm.tool({
    description:
      'Set up a payment plan (payment arrangement) to pay off the amount owed in equal instalments: weekly, fortnightly or monthly, from a first payment date.',
    parameters: z.object({
      frequency: z
        .enum(FREQUENCIES)
        .describe('How often the caller pays: weekly (every week), fortnightly (every two weeks) or monthly.'),
      instalments: z
        .number()
        .int()
        .describe(`How many payments to spread the balance over, from 2 to ${MAX_INSTALMENTS}.`),
      first_payment: z
        .string()
        .describe('The day of the first payment, for example "2026-12-18", "Friday" or "the 1st".'),
    }),
    execute: async ({ frequency, instalments, first_payment }, { ctx }: llm.ToolOptions<RiversideUserData>) => {
      const u = ctx.userData;
      const account = api.account(u.verifiedAccount ?? '');
      if (!account) throw new llm.ToolError('The account is not checked yet. Call account_balance first.');
      const existing = api.planOf(account.id);
      if (existing) {
        throw new llm.ToolError(
          `Account ${account.id} already has payment plan ${existing.id}. Tell the caller; a change needs a supervisor.`,
        );
      }
      if (account.balancePence <= 0) {
        throw new llm.ToolError('Nothing is owed on this account, so no payment plan is needed. Tell the caller.');
      }
      if (instalments < 2 || instalments > MAX_INSTALMENTS) {
        throw new llm.ToolError(
          `A payment plan has between 2 and ${MAX_INSTALMENTS} payments, not ${instalments}. Ask how many payments the caller wants within that range.`,
        );
      }
      const each = Math.ceil(account.balancePence / instalments);
      if (each < MIN_INSTALMENT_PENCE) {
        const most = Math.max(2, Math.floor(account.balancePence / MIN_INSTALMENT_PENCE));
        throw new llm.ToolError(
          `Each payment must be at least ${pounds(MIN_INSTALMENT_PENCE)}; ${instalments} payments would be ${pounds(each)}. Offer ${most} payments or fewer.`,
        );
      }
      const now = api.now();
      const day = readDay(first_payment, now);
      if (!day) {
        throw new llm.ToolError(
          `I could not read "${first_payment}" as a day. Ask for the date of the first payment, for example "next Friday".`,
        );
      }
      const ahead = daysFromToday(day, now);
      if (ahead < 0) throw new llm.ToolError('That day has passed. Ask for a first payment date from today onwards.');
      if (ahead > FIRST_PAYMENT_WITHIN_DAYS) {
        throw new llm.ToolError(
          `The first payment must be within ${FIRST_PAYMENT_WITHIN_DAYS} days. Ask for an earlier date.`,
        );
      }
      const plan = api.addPlan({
        accountId: account.id,
        frequency,
        instalments,
        instalmentPence: each,
        firstPayment: day,
      });
      u.paymentPlanId = plan.id;
      return `Payment plan ${plan.id} is set up: ${instalments} ${frequency} payments of ${pounds(each)}, the first on ${spokenDay(day)}, clearing ${pounds(account.balancePence)}.`;
    },
  });
}

export function refundOrDisputeTool(api: EnergyApi) {
  return llm.tool({
    description:
      'Request a refund of credit on the account, or open a dispute about a bill the caller thinks is wrong (for example an estimated bill that is too high).',
    parameters: z.object({
      request: z
        .enum(['refund', 'dispute'])
        .describe('refund: pay the account credit back to the caller; dispute: the caller thinks a bill is wrong.'),
      reason: z.string().describe('Why, in the caller’s words.'),
      amount: z
        .number()
        .optional()
        .describe('For a refund: the amount in pounds, if the caller named one. Leave out to refund all the credit.'),
      bill_id: z
        .string()
        .optional()
        .describe('For a dispute: the bill number, BL- and four digits. Leave out for the latest bill.'),
      email: z.string().optional().describe('An email address for updates on the case, if the caller wants them.'),
    }),
    execute: async ({ request, reason, amount, bill_id, email }, { ctx }: llm.ToolOptions<RiversideUserData>) => {
      const u = ctx.userData;
      const account = api.account(u.verifiedAccount ?? '');
      if (!account) throw new llm.ToolError('The account is not checked yet. Call account_balance first.');
      if (reason.trim().length < 3) throw new llm.ToolError('Ask the caller briefly why they want this.');
      let address: string | undefined;
      if (email?.trim()) {
        address = normalizeEmail(email);
        if (!looksLikeEmail(address)) {
          throw new llm.ToolError(
            'That does not sound like an email address. Ask the caller to spell it, saying "at" and "dot", or leave it out.',
          );
        }
      }
      const updates = address ? ` Updates go to ${address}.` : '';
      if (request === 'refund') {
        const credit = -account.balancePence;
        if (credit <= 0) {
          throw new llm.ToolError(
            `The account is not in credit (${account.balancePence > 0 ? `${pounds(account.balancePence)} is owed` : 'the balance is zero'}), so there is nothing to refund. If the caller thinks a bill is wrong, offer to open a dispute.`,
          );
        }
        const pence = amount === undefined ? credit : Math.round(amount * 100);
        if (pence <= 0) throw new llm.ToolError('Ask how much the caller would like refunded.');
        if (pence > credit) {
          throw new llm.ToolError(
            `The account is only ${pounds(credit)} in credit, so we can refund up to that. Ask whether to refund ${pounds(credit)}.`,
          );
        }
        if (pence > REFUND_LIMIT_PENCE) {
          throw new llm.ToolError(
            `Refunds over ${pounds(REFUND_LIMIT_PENCE)} need a supervisor’s approval. Offer to put the caller through to a supervisor.`,
          );
        }
        const refund = api.openCase({
          accountId: account.id,
          kind: 'refund',
          amountPence: pence,
          reason,
          email: address,
        });
        u.billingCaseId = refund.id;
        return `Refund ${refund.id} of ${pounds(pence)} is on its way to the bank account on file, within five working days.${updates}`;
      }
      const bills = api.billsOf(account.id);
      let bill = bills[0];
      if (bill_id?.trim()) {
        const wanted = bill_id
          .toUpperCase()
          .replace(/\s+/g, '')
          .replace(/^BL(?=\d)/, 'BL-');
        bill = bills.find((b) => b.id === wanted);
        if (!bill) {
          throw new llm.ToolError(
            `There is no bill ${wanted} on this account. The bills on it are ${bills.map((b) => b.id).join(' and ')}; ask which one.`,
          );
        }
      }
      if (!bill) throw new llm.ToolError('There are no bills on this account to dispute. Tell the caller.');
      const dispute = api.openCase({ accountId: account.id, kind: 'dispute', billId: bill.id, reason, email: address });
      u.billingCaseId = dispute.id;
      const hint = bill.estimated
        ? ' That bill used an estimated reading: a meter reading today will let us correct it.'
        : '';
      return `Dispute ${dispute.id} is open for bill ${bill.id} of ${pounds(bill.amountPence)}. Collection of that amount is paused while we look into it, and we reply within ten working days.${hint}${updates}`;
    },
  });
}
