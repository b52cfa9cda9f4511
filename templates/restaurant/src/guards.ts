import { guard } from 'switchboard';
import type { RestaurantUserData } from './userdata.js';

export const orderNotEmpty = guard<RestaurantUserData>(
  'order has items',
  (u) => u.order.length > 0,
  'The order is empty. Ask what the caller would like, and add it with add_item first.',
);

export const paymentArranged = guard<RestaurantUserData>(
  'payment arranged',
  (u) => u.payment !== undefined,
  'Payment is not arranged yet. Offer to pay at pickup or by a payment link texted to their phone.',
);
