// The order as it is built up over the call, shared by every agent.
import { z } from 'zod';

export const OrderLine = z.object({
  itemId: z.string(),
  name: z.string(),
  quantity: z.number().int().min(1).max(20),
  unitPriceCents: z.number().int().nonnegative(),
});
export type OrderLine = z.infer<typeof OrderLine>;

export const RestaurantUserData = z.object({
  customerName: z.string().trim().min(1).max(80).optional().describe('The name the order is under.'),
  order: z.array(OrderLine).default([]),
  /** How the order is paid: set only by the payment tools. */
  payment: z.enum(['at_pickup', 'link_paid']).optional(),
  paymentPhone: z.string().optional(),
  /** Set only by place_order. */
  orderNumber: z.string().optional(),
  readyAt: z.string().optional(),
});

export type RestaurantUserData = z.infer<typeof RestaurantUserData>;

/** Only tools may set these: nobody talks their way into a paid order. */
export const PROTECTED_FIELDS = [
  'order',
  'payment',
  'orderNumber',
] as const satisfies readonly (keyof RestaurantUserData)[];

export function orderTotalCents(order: readonly OrderLine[]): number {
  return order.reduce((sum, line) => sum + line.quantity * line.unitPriceCents, 0);
}
