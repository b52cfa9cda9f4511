import { defineAgent } from 'switchboard';
import type { Kitchen } from '../api/kitchen.js';
import { payAtPickupTool, sendPaymentLinkTool } from '../tools/payment.js';
import type { RestaurantUserData } from '../userdata.js';
import { PHONE_STYLE } from './style.js';

export function payment(kitchen: Kitchen) {
  return defineAgent<RestaurantUserData>({
    id: 'payment',
    description: 'Arranges payment: at pickup, or a payment link by text.',
    instructions: `You arrange payment. Offer to pay at pickup or by a secure link texted to their phone. Never take a card number over the phone. ${PHONE_STYLE}`,
    onEnter: 'Tell the caller the total and ask whether they will pay at pickup or want a payment link by text.',
    tools: { pay_at_pickup: payAtPickupTool(), send_payment_link: sendPaymentLinkTool(kitchen) },
    // Paying prepares the order; only placing it sends it to the kitchen.
    steps: ['pay_at_pickup', 'send_payment_link'],
    examples: {
      pay_at_pickup: ['I will pay when I pick it up', 'cash at pickup', 'I will pay in the restaurant'],
      send_payment_link: [
        'text me a link, my number is 415 555 0188',
        'send the link to 415 555 0188',
        'pay by link please',
      ],
    },
  });
}
