import { llm } from '@livekit/agents';
import { z } from 'zod';
import type { Kitchen } from '../api/kitchen.js';
import { orderTotalCents, type RestaurantUserData } from '../userdata.js';
import { describeOrder } from './order.js';

export function placeOrderTool(kitchen: Kitchen) {
  return llm.tool({
    description: 'Send the order to the kitchen under the caller’s name, and get the order number and pickup time.',
    parameters: z.object({ name: z.string().describe('The name for the order, for example "Sam".') }),
    execute: async ({ name }, { ctx }: llm.ToolOptions<RestaurantUserData>) => {
      const u = ctx.userData;
      if (u.orderNumber)
        throw new llm.ToolError(
          `Order ${u.orderNumber} is already with the kitchen. Repeat its number and pickup time.`,
        );
      const who = name.trim();
      if (!who) throw new llm.ToolError('I need a name for the order. Ask whose name it should be under.');
      const placed = kitchen.place({
        name: who,
        lines: u.order.map((l) => ({ itemId: l.itemId, quantity: l.quantity })),
        totalCents: orderTotalCents(u.order),
      });
      const ready = placed.readyAt.toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit' });
      u.customerName = who;
      u.orderNumber = placed.number;
      u.readyAt = ready;
      return `Order ${placed.number} for ${who} is with the kitchen: ${describeOrder(u.order)}. It will be ready at ${ready}.`;
    },
  });
}
