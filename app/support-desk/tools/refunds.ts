import { llm } from '@livekit/agents';
import { money } from 'switchboard/spoken';
import { z } from 'zod';
import type { SupportUserData } from '../userdata.js';
import type { DeskDeps } from './deps.js';
import { recordAction } from './actions_taken.js';
import { requireVerifiedCustomer } from './invoices.js';

/** Refunds above this need a supervisor, so the agent escalates instead. */
export const REFUND_LIMIT_CENTS = 20_000;

export const requestRefundParams = z.object({
  invoice_id: z
    .string()
    // A format, never a real record: an example id would be read out to callers as if it were theirs.
    .describe('The invoice number from the caller’s bill: INV- and four digits; the caller may say just the digits.'),
  reason: z.string().describe('Why the caller wants the refund, in one sentence of their own words.'),
});

/** "2041", "inv 2041", "INV-2041" → "INV-2041". */
export function normalizeInvoiceId(said: string): string | undefined {
  const digits = said.replace(/\D/g, '');
  return digits ? `INV-${digits}` : undefined;
}

export function requestRefundTool(deps: DeskDeps) {
  return llm.tool({
    description:
      'Request a refund of a paid invoice for the verified caller. Confirm the invoice and the reason with the caller first.',
    parameters: requestRefundParams,
    execute: async ({ invoice_id, reason }, { ctx }: llm.ToolOptions<SupportUserData>) => {
      const userData = ctx.userData;
      const customer = requireVerifiedCustomer(deps, userData);
      const id = normalizeInvoiceId(invoice_id);
      if (!id)
        throw new llm.ToolError(
          `"${invoice_id}" is not an invoice number. Invoice numbers are INV- followed by four digits, as printed on the bill. Ask the caller to read it from their bill.`,
        );
      const invoice = deps.store.getInvoice(id);
      // Someone else's invoice gets the same answer as a missing one: never confirm it exists.
      if (!invoice || invoice.customerId !== customer.id) {
        throw new llm.ToolError(
          `There is no invoice ${id} on this account. Offer to read out the caller’s recent invoices with lookup_invoices.`,
        );
      }
      const why = reason.trim();
      if (why.length < 3)
        throw new llm.ToolError(
          'A refund needs a reason. Ask the caller in one sentence why they want the money back.',
        );
      switch (invoice.status) {
        case 'unpaid':
        case 'overdue':
          throw new llm.ToolError(
            `Invoice ${id} has not been paid, so there is nothing to refund. If the amount is wrong, offer to open a billing ticket to correct it.`,
          );
        case 'refund_requested':
          throw new llm.ToolError(
            `A refund for invoice ${id} is already in progress. Tell the caller it reaches their card within 5 to 7 business days of the request.`,
          );
        case 'refunded':
          throw new llm.ToolError(
            `Invoice ${id} was already refunded. Tell the caller the money has been sent back to their card.`,
          );
        case 'paid':
          break;
      }
      if (invoice.amountCents > REFUND_LIMIT_CENTS) {
        throw new llm.ToolError(
          `Invoice ${id} is ${money(invoice.amountCents)}; refunds over ${money(REFUND_LIMIT_CENTS)} need a supervisor. Offer to bring in a human colleague.`,
        );
      }
      const refund = deps.store.requestRefund({
        invoiceId: id,
        customerId: customer.id,
        amountCents: invoice.amountCents,
        reason: why,
        at: deps.now(),
      });
      recordAction(userData, `Refund ${refund.id} requested for ${id} (${money(invoice.amountCents)}): ${why}`);
      return `Refund ${refund.id} of ${money(invoice.amountCents)} for invoice ${id} is submitted. It reaches the card on file within 5 to 7 business days.`;
    },
  });
}
