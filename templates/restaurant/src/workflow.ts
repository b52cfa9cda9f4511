// Pickup orders by phone: welcome, menu questions, order taking, payment, confirmation. Guards keep
// the order in step: no payment for an empty order, and nothing goes to the kitchen unpaid.
import { defineWorkflow } from 'switchboard';
import { confirmation } from './agents/confirmation.js';
import { menu } from './agents/menu.js';
import { orderTaking } from './agents/order_taking.js';
import { payment } from './agents/payment.js';
import { welcome } from './agents/welcome.js';
import { Kitchen } from './api/kitchen.js';
import { orderNotEmpty, paymentArranged } from './guards.js';
import { PROTECTED_FIELDS, RestaurantUserData } from './userdata.js';

export interface RestaurantDeps {
  /** The point of sale and payment provider the tools call; the mock by default. */
  kitchen?: Kitchen;
}

export function restaurantWorkflow(deps: RestaurantDeps = {}) {
  const kitchen = deps.kitchen ?? new Kitchen();
  return defineWorkflow({
    name: 'restaurant',
    userData: RestaurantUserData,
    protectedFields: [...PROTECTED_FIELDS],
    start: 'welcome',
    agents: [welcome, menu(kitchen), orderTaking(kitchen), payment(kitchen), confirmation(kitchen)],
    edges: [
      {
        from: 'welcome',
        to: 'menu',
        when: 'The caller has a question about the menu, prices or dietary needs.',
        examples: ['what is on the menu', 'do you have vegan options', 'how much is a pizza'],
      },
      {
        from: 'welcome',
        to: 'order_taking',
        when: 'The caller wants to place an order.',
        examples: ['I would like to place an order', 'yes, an order for pickup please', 'I want to order food'],
      },
      {
        from: 'menu',
        to: 'order_taking',
        when: 'The caller is ready to order.',
        examples: ['great, I am ready to order', 'I will take that', 'let us order'],
      },
      {
        from: 'order_taking',
        to: 'payment',
        when: 'The caller has everything they want.',
        requires: orderNotEmpty,
        examples: ['I am ready to pay', 'that is the whole order, can I pay now', 'how do I pay'],
      },
      {
        from: 'payment',
        to: 'order_taking',
        when: 'The caller wants to change the order before paying.',
        examples: ['wait, I want to add something', 'actually can I change my order'],
      },
      {
        from: 'payment',
        to: 'confirmation',
        when: 'Payment is arranged.',
        requires: paymentArranged,
        examples: ['great, what now', 'done, thanks', 'ok it is paid'],
      },
    ],
  });
}

// `switchboard console` and `switchboard check` load the default export.
export default restaurantWorkflow;
