import { llm } from '@livekit/agents';
import { article, lastFour, sameFullName, spokenDay } from 'switchboard/spoken';
import { z } from 'zod';
import type { Order } from '../api/index.js';
import type { SupportUserData } from '../userdata.js';
import type { DeskDeps } from './deps.js';

export const lookupOrderStatusParams = z.object({
  order_id: z
    .string()
    .describe(
      'The order number the caller reads from their receipt or confirmation email: digits only, without words like "order" or "number".',
    ),
});

/** "Order 4012, a Wi-Fi 6 router, shipped with UPS ..." */
export function describeOrder(order: Order, now: Date, timeZone: string): string {
  const what = `Order ${order.id}, ${article(order.item)},`;
  const tracking = order.trackingNumber ? ` The tracking number ends in ${lastFour(order.trackingNumber)}.` : '';
  switch (order.status) {
    case 'processing':
      return `${what} is being prepared and has not shipped yet.${order.expectedAt ? ` It should arrive ${spokenDay(order.expectedAt, now, timeZone)}.` : ''}`;
    case 'shipped': {
      const shipped = `${what} shipped with ${order.carrier ?? 'the carrier'} ${spokenDay(order.shippedAt ?? order.orderedAt, now, timeZone)}.`;
      if (order.expectedAt && new Date(order.expectedAt) < now) {
        return `${shipped} It was due ${spokenDay(order.expectedAt, now, timeZone)}, so it is running late; I can open a ticket with the carrier.${tracking}`;
      }
      return `${shipped}${order.expectedAt ? ` It is expected ${spokenDay(order.expectedAt, now, timeZone)}.` : ''}${tracking}`;
    }
    case 'out_for_delivery':
      return `${what} is out for delivery with ${order.carrier ?? 'the carrier'} and should arrive today.${tracking}`;
    case 'delivered':
      return `${what} was delivered ${spokenDay(order.deliveredAt ?? order.expectedAt ?? order.orderedAt, now, timeZone)}.`;
    case 'cancelled':
      return `${what} was cancelled, so it will not ship. Any payment goes back to the original card.`;
    case 'returned':
      return `${what} was returned to us and the return is complete.`;
  }
}

/**
 * What a caller who only gave their name hears about their own order: where it is and when,
 * never the item, carrier or tracking digits (those need verify_identity).
 */
export function describeOrderBriefly(order: Order, now: Date, timeZone: string): string {
  const what = `Order ${order.id}`;
  const day = (iso: string | undefined) => (iso ? spokenDay(iso, now, timeZone) : undefined);
  const more =
    ' Once I have verified you with your email or account number, I can give you the carrier and tracking details too.';
  switch (order.status) {
    case 'processing':
      return `${what} has not shipped yet${order.expectedAt ? ` and should arrive ${day(order.expectedAt)}` : ''}.${more}`;
    case 'shipped':
      return `${what} is on its way${order.expectedAt ? `; it is expected ${day(order.expectedAt)}` : ''}.${more}`;
    case 'out_for_delivery':
      return `${what} is out for delivery and should arrive today.${more}`;
    case 'delivered':
      return `${what} was delivered ${day(order.deliveredAt ?? order.expectedAt ?? order.orderedAt)}.${more}`;
    case 'cancelled':
      return `${what} was cancelled, so it will not ship.${more}`;
    case 'returned':
      return `${what} was returned and the return is complete.${more}`;
  }
}

/**
 * One answer for "no such order" and "not this caller's order", so order numbers cannot be
 * enumerated to learn who ordered what.
 */
export const ORDER_NOT_MATCHED = (id: string, verified: boolean) =>
  verified
    ? `I cannot find order ${id} on the verified caller's account. Ask them to read the number on their receipt again, digit by digit.`
    : `I cannot match order ${id} to the caller. Order details are only given to the account holder: ask for their full name and the email or 8-digit account number on file and call verify_identity, or ask them to read the order number again.`;

export function lookupOrderStatusTool(deps: DeskDeps) {
  return llm.tool({
    description:
      'Look up where one of the caller’s own orders is: its status and delivery day (item, carrier and tracking once the caller is verified). Needs the order number from the receipt.',
    parameters: lookupOrderStatusParams,
    execute: async ({ order_id }, { ctx }: llm.ToolOptions<SupportUserData>) => {
      const said = order_id.trim();
      const digits = said.replace(/\D/g, '');
      if (!digits) {
        throw new llm.ToolError(
          `"${said}" is not an order number. Order numbers are the digits printed on the receipt and in the confirmation email, like 4012. Ask the caller to read it again.`,
        );
      }
      if (digits.length > 12) {
        throw new llm.ToolError(
          'That is too long for an order number. Order numbers are the digits printed on the receipt, like 4012. Ask the caller to read it again.',
        );
      }
      const userData = ctx.userData;
      const order = deps.store.getOrder(digits);
      const owner = order ? deps.store.getCustomer(order.customerId) : undefined;
      // Verified: only the verified customer's orders, in full. Not verified: only an order whose
      // owner's full name is exactly the name the caller gave, and then only where and when.
      const verified = userData.verified && Boolean(userData.customerId);
      const full = verified && order !== undefined && order.customerId === userData.customerId;
      const brief =
        !verified && order !== undefined && owner !== undefined && sameFullName(userData.callerName ?? '', owner.name);
      if (!order || (!full && !brief)) throw new llm.ToolError(ORDER_NOT_MATCHED(digits, verified));
      if (!userData.orderIds.includes(order.id)) userData.orderIds = [...userData.orderIds, order.id];
      return full
        ? describeOrder(order, deps.now(), deps.timeZone)
        : describeOrderBriefly(order, deps.now(), deps.timeZone);
    },
  });
}
