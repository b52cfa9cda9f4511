import { defineAgent } from 'switchboard';
import type { Kitchen } from '../api/kitchen.js';
import { orderNotEmpty, paymentArranged } from '../guards.js';
import { placeOrderTool } from '../tools/confirmation.js';
import type { RestaurantUserData } from '../userdata.js';
import { PHONE_STYLE } from './style.js';

export function confirmation(kitchen: Kitchen) {
  return defineAgent<RestaurantUserData>({
    id: 'confirmation',
    description: 'Sends the order to the kitchen and gives the pickup time.',
    instructions: `You confirm pickup orders. Ask for the name for the order, place it, and tell the caller the order number and pickup time. ${PHONE_STYLE}`,
    onEnter: 'Ask what name the order should be under.',
    tools: { place_order: placeOrderTool(kitchen) },
    guards: { place_order: [orderNotEmpty, paymentArranged] },
    examples: {
      place_order: ['put it under Sam', 'the name is Sam Taylor', 'it is for Alex'],
    },
    canEndCall: true,
  });
}
