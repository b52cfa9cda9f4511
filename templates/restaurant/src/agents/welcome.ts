import { defineAgent } from 'switchboard';
import type { RestaurantUserData } from '../userdata.js';
import { PHONE_STYLE, RESTAURANT } from './style.js';

export const welcome = defineAgent<RestaurantUserData>({
  id: 'welcome',
  description: 'Answers the phone and finds out whether the caller wants to order or ask about the menu.',
  instructions: `You answer the phone at ${RESTAURANT}. Find out whether the caller wants to place a pickup order or has a question about the menu, and pass them on. ${PHONE_STYLE}`,
  onEnter: `Say "${RESTAURANT}, ciao!" Then ask whether they would like to place a pickup order.`,
  examples: { end_call: ['sorry, wrong number', 'never mind, bye'] },
  canEndCall: true,
});
