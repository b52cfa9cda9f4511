import { llm } from '@livekit/agents';
import { money } from 'switchboard/spoken';
import { z } from 'zod';
import type { Kitchen } from '../api/kitchen.js';
import { orderTotalCents, type RestaurantUserData } from '../userdata.js';

/** Larger orders must be paid in advance. */
export const PAY_AT_PICKUP_LIMIT_CENTS = 15_000;

export function payAtPickupTool() {
  return llm.tool({
    description: 'Let the caller pay in the restaurant when they collect the order.',
    parameters: z.object({}),
    execute: async (_args, { ctx }: llm.ToolOptions<RestaurantUserData>) => {
      const u = ctx.userData;
      const total = orderTotalCents(u.order);
      if (total === 0)
        throw new llm.ToolError('The order is empty, so there is nothing to pay. Go back to taking the order.');
      if (total > PAY_AT_PICKUP_LIMIT_CENTS) {
        throw new llm.ToolError(
          `Orders over ${money(PAY_AT_PICKUP_LIMIT_CENTS)} must be paid in advance. Offer to text a payment link instead.`,
        );
      }
      u.payment = 'at_pickup';
      return `Payment of ${money(total)} at pickup is fine.`;
    },
  });
}

export function sendPaymentLinkTool(kitchen: Kitchen) {
  return llm.tool({
    description: 'Text a secure payment link to the caller’s phone, so no card number is read out on the call.',
    parameters: z.object({
      phone: z.string().describe('The mobile number to text, ten digits, for example "415 555 0188".'),
    }),
    execute: async ({ phone }, { ctx }: llm.ToolOptions<RestaurantUserData>) => {
      const u = ctx.userData;
      const total = orderTotalCents(u.order);
      if (total === 0)
        throw new llm.ToolError('The order is empty, so there is nothing to pay. Go back to taking the order.');
      let digits = phone.replace(/\D/g, '');
      if (digits.length === 11 && digits.startsWith('1')) digits = digits.slice(1);
      if (digits.length !== 10) {
        throw new llm.ToolError(
          `Mobile numbers have ten digits, but I heard ${digits.length}. Ask the caller to repeat it.`,
        );
      }
      const { paid } = kitchen.sendPaymentLink(digits, total);
      if (!paid)
        throw new llm.ToolError('The payment did not go through. Offer to send the link again or to pay at pickup.');
      u.payment = 'link_paid';
      u.paymentPhone = digits;
      return `The link for ${money(total)} was texted to ${digits.replace(/(\d{3})(\d{3})(\d{4})/, '$1 $2 $3')}, and the payment has come through. Thank you!`;
    },
  });
}
