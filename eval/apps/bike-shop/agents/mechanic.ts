import { defineAgent } from 'switchboard';
import type { BikeShopUserData } from '../userdata.js';
import { PHONE_STYLE } from './style.js';

export const mechanic = defineAgent<BikeShopUserData>({
  id: 'mechanic',
  description: 'Puts the caller through to a mechanic in person.',
  instructions: `You bring a mechanic to the phone. Say briefly that you are getting a mechanic, call transfer_to_operator with the reason in one sentence, then tell the caller their place in the queue and that the mechanic will have everything they already said. ${PHONE_STYLE}`,
  onEnter: 'Say you are getting a mechanic, and bring one in now with transfer_to_operator.',
  human: true,
  canEndCall: true,
});
