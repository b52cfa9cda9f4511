// Building the order. Each change clears an arranged payment: the amount has changed.
import { llm } from '@livekit/agents';
import { money } from 'switchboard/spoken';
import { z } from 'zod';
import type { Kitchen } from '../api/kitchen.js';
import { orderTotalCents, type OrderLine, type RestaurantUserData } from '../userdata.js';

/** Most of one dish a phone order may have. */
export const MAX_PER_ITEM = 20;

export function describeOrder(order: readonly OrderLine[]): string {
  const lines = order.map((l) => `${l.quantity} ${l.name}`).join(', ');
  return `${lines}; total ${money(orderTotalCents(order))}`;
}

/**
 * The dish argument: one of the menu's ids, with the names callers use for each, so a model (or
 * the offline policy) can only pick a dish that exists.
 */
export function dishParameter(kitchen: Kitchen, purpose: string) {
  const ids = kitchen.menu.map((i) => i.id) as [string, ...string[]];
  const names = kitchen.menu.map((i) => `${i.id} (${[i.name.toLowerCase(), ...i.aliases].join(', ')})`);
  return z.enum(ids).describe(`${purpose}: ${names.join(', ')}.`);
}

export function addItemTool(kitchen: Kitchen) {
  return llm.tool({
    description: 'Add a dish from the menu to the order.',
    parameters: z.object({
      item: dishParameter(kitchen, 'The dish to add'),
      quantity: z.number().int().describe('How many of that dish, from 1 to 20.'),
    }),
    execute: async ({ item, quantity }, { ctx }: llm.ToolOptions<RestaurantUserData>) => {
      const dish = kitchen.item(item);
      if (!dish) throw new llm.ToolError(`"${item}" is not on the menu. Offer to look it up with search_menu.`);
      if (kitchen.isSoldOut(dish.id)) {
        throw new llm.ToolError(
          `The ${dish.name} is sold out today. Apologise and suggest another dish from the same course.`,
        );
      }
      const u = ctx.userData;
      const existing = u.order.find((l) => l.itemId === dish.id);
      const total = (existing?.quantity ?? 0) + quantity;
      if (quantity < 1 || total > MAX_PER_ITEM) {
        throw new llm.ToolError(`Phone orders take 1 to ${MAX_PER_ITEM} of each dish. Ask how many they would like.`);
      }
      u.order = existing
        ? u.order.map((l) => (l.itemId === dish.id ? { ...l, quantity: total } : l))
        : [...u.order, { itemId: dish.id, name: dish.name, quantity, unitPriceCents: dish.priceCents }];
      delete u.payment;
      return `Added ${quantity} ${dish.name}. The order is now ${describeOrder(u.order)}.`;
    },
  });
}

export function removeItemTool(kitchen: Kitchen) {
  return llm.tool({
    description: 'Take a dish off the order.',
    parameters: z.object({ item: dishParameter(kitchen, 'The dish to remove') }),
    execute: async ({ item }, { ctx }: llm.ToolOptions<RestaurantUserData>) => {
      const u = ctx.userData;
      const dish = kitchen.item(item);
      if (!dish || !u.order.some((l) => l.itemId === dish.id)) {
        throw new llm.ToolError(
          `"${item}" is not in the order. Read the order back with read_order and ask which dish to remove.`,
        );
      }
      u.order = u.order.filter((l) => l.itemId !== dish.id);
      delete u.payment;
      return u.order.length > 0
        ? `Removed the ${dish.name}. The order is now ${describeOrder(u.order)}.`
        : `Removed the ${dish.name}. The order is empty now.`;
    },
  });
}

export function readOrderTool() {
  return llm.tool({
    description: 'Read the order back with the total.',
    parameters: z.object({}),
    execute: async (_args, { ctx }: llm.ToolOptions<RestaurantUserData>) => {
      const { order } = ctx.userData;
      if (order.length === 0) throw new llm.ToolError('The order is empty. Ask what the caller would like to eat.');
      return `The order is ${describeOrder(order)}.`;
    },
  });
}
