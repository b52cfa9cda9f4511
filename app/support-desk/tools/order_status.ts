import { llm } from '@livekit/agents';
import { z } from 'zod';
import type { Order } from '../store/index.js';
import type { SupportUserData } from '../userdata.js';
import type { DeskDeps } from './deps.js';
import { article, lastFour, spokenDay } from './speakable.js';

export const lookupOrderStatusParams = z.object({
  order_id: z
    .string()
    .describe(
      'The order number the caller reads from their receipt or confirmation email, for example "4012". Digits only, without words like "order" or "number".',
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

export function lookupOrderStatusTool(deps: DeskDeps) {
  return llm.tool({
    description:
      'Look up where an order is: its status, carrier, and expected or actual delivery day. Needs the order number from the receipt.',
    parameters: lookupOrderStatusParams,
    execute: async ({ order_id }, { ctx }: llm.ToolOptions<SupportUserData>) => {
      const said = order_id.trim();
      const digits = said.replace(/\D/g, '');
      if (!digits) {
        throw new llm.ToolError(
          `"${said}" is not an order number. Order numbers are the digits printed on the receipt and in the confirmation email, like 4012. Ask the caller to read it again.`,
        );
      }
      const order = deps.store.getOrder(digits);
      if (!order) {
        throw new llm.ToolError(
          `No order ${digits} found. Ask the caller to read the number on their receipt again, digit by digit.`,
        );
      }
      const userData = ctx.userData;
      if (!userData.orderIds.includes(order.id)) userData.orderIds = [...userData.orderIds, order.id];
      return describeOrder(order, deps.now(), deps.timeZone);
    },
  });
}
