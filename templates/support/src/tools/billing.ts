import { llm } from '@livekit/agents';
import { money } from 'switchboard/spoken';
import { z } from 'zod';
import type { Helpdesk } from '../api/helpdesk.js';
import type { SupportUserData } from '../userdata.js';

/** Refunds above this need a person to approve them. */
export const REFUND_LIMIT_CENTS = 20_000;

export function latestInvoiceTool(helpdesk: Helpdesk) {
  return llm.tool({
    description:
      'Read out the most recent invoice on the caller’s account: number, month, amount, status and what it covers.',
    parameters: z.object({}),
    execute: async (_args, { ctx }: llm.ToolOptions<SupportUserData>) => {
      const [invoice] = helpdesk.invoicesOf(ctx.userData.customerId ?? '');
      if (!invoice) return 'There are no invoices on this account yet.';
      return `Invoice ${invoice.id} for ${invoice.month} is ${money(invoice.amountCents)}, ${invoice.status}: ${invoice.note}.`;
    },
  });
}

export function requestRefundTool(helpdesk: Helpdesk) {
  return llm.tool({
    description:
      'Refund a paid invoice on the caller’s account, after they confirmed the invoice number and the reason.',
    parameters: z.object({
      // A format, not a real record: an example id would be read out as if it were the caller's.
      invoice_id: z.string().describe('The invoice number from the caller’s bill: INV- and four digits.'),
      reason: z.string().describe('Why the caller wants the refund, in their words.'),
    }),
    execute: async ({ invoice_id, reason }, { ctx }: llm.ToolOptions<SupportUserData>) => {
      const id = invoice_id.toUpperCase().replace(/\s+/g, '');
      const invoice = helpdesk.invoice(id);
      if (!invoice || invoice.customerId !== ctx.userData.customerId) {
        throw new llm.ToolError(
          `There is no invoice ${id} on this account. Ask the caller to read the number from the top of the invoice.`,
        );
      }
      if (invoice.status === 'refunded')
        throw new llm.ToolError(`Invoice ${id} has already been refunded. Tell the caller.`);
      if (invoice.status === 'open') {
        throw new llm.ToolError(
          `Invoice ${id} is not paid yet, so there is nothing to refund. Offer to explain the charges.`,
        );
      }
      if (invoice.amountCents > REFUND_LIMIT_CENTS) {
        throw new llm.ToolError(
          `Refunds over ${money(REFUND_LIMIT_CENTS)} need a colleague's approval. Offer to escalate the caller to a human.`,
        );
      }
      const refund = helpdesk.refund(id, reason);
      ctx.userData.refundId = refund.id;
      return `Refund ${refund.id} of ${money(refund.amountCents)} for invoice ${id} is on its way: it reaches the card in three to five business days.`;
    },
  });
}
