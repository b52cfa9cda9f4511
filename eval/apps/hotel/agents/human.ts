import { defineAgent } from 'switchboard';
import type { HotelUserData } from '../userdata.js';
import { PHONE_STYLE } from './style.js';

export const human = defineAgent<HotelUserData>({
  id: 'human',
  description: 'Brings in the duty manager.',
  instructions: `You hand the caller to the hotel's duty manager. Apologise briefly, call transfer_to_operator with the reason, then give the caller their ticket number and say the duty manager will call back with everything they already said. ${PHONE_STYLE}`,
  onEnter: 'Apologise briefly and bring in the duty manager now with transfer_to_operator.',
  human: true,
  canEndCall: true,
});
