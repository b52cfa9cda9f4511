import { llm } from '@livekit/agents';
import { money, spokenDay } from 'switchboard/spoken';
import { z } from 'zod';
import type { Customer, Invoice } from '../api/index.js';
import type { SupportUserData } from '../userdata.js';
import type { DeskDeps } from './deps.js';

/** How many invoices are read out; callers cannot take in more by ear. */
export const INVOICES_READ_ALOUD = 3;

const NOT_VERIFIED =
  'The caller is not verified yet. Ask for their full name and the email or account number on file, then call verify_identity.';

/** The verified customer, or a ToolError the model can act on. */
export function requireVerifiedCustomer(deps: DeskDeps, userData: SupportUserData): Customer {
  const customer = userData.verified && userData.customerId ? deps.store.getCustomer(userData.customerId) : undefined;
  if (!customer) throw new llm.ToolError(NOT_VERIFIED);
  return customer;
}

export function describeInvoice(invoice: Invoice, now: Date, timeZone: string): string {
  const head = `${invoice.id}, for ${invoice.description}, is ${money(invoice.amountCents)}`;
  switch (invoice.status) {
    case 'paid':
      return `${head}, paid ${spokenDay(invoice.paidAt ?? invoice.issuedAt, now, timeZone)}.`;
    case 'unpaid':
      return `${head}, not paid yet, due ${spokenDay(invoice.dueAt, now, timeZone)}.`;
    case 'overdue':
      return `${head}, overdue since ${spokenDay(invoice.dueAt, now, timeZone).replace(/^on /, '')}.`;
    case 'refund_requested':
      return `${head}, with a refund in progress.`;
    case 'refunded':
      return `${head}, refunded.`;
  }
}

export function lookupInvoicesTool(deps: DeskDeps) {
  return llm.tool({
    description:
      'Read out the verified caller’s most recent invoices: number, what it was for, amount and payment status.',
    parameters: z.object({}),
    execute: async (_args, { ctx }: llm.ToolOptions<SupportUserData>) => {
      const customer = requireVerifiedCustomer(deps, ctx.userData);
      const invoices = deps.store.listInvoices(customer.id);
      if (invoices.length === 0) return 'There are no invoices on this account yet.';
      const now = deps.now();
      const shown = invoices.slice(0, INVOICES_READ_ALOUD).map((i) => describeInvoice(i, now, deps.timeZone));
      const older = invoices.length - shown.length;
      const count =
        invoices.length === 1
          ? 'There is one invoice on this account.'
          : `There are ${invoices.length} invoices on this account; the most recent first.`;
      return [
        count,
        ...shown,
        older > 0 ? `There ${older === 1 ? 'is 1 older invoice' : `are ${older} older invoices`}.` : '',
      ]
        .filter(Boolean)
        .join(' ');
    },
  });
}
