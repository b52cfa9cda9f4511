import { defineAgent } from 'switchboard';
import type { RentalUserData } from '../userdata.js';
import { PHONE_STYLE } from './style.js';

export const human = defineAgent<RentalUserData>({
  id: 'human',
  description: 'Brings in a person from the rental desk.',
  instructions: `You hand the caller to a colleague at the rental desk. Apologise briefly, call transfer_to_operator with the reason, then give the caller their ticket number and say a colleague will call back with everything they already said. ${PHONE_STYLE}`,
  onEnter: 'Apologise briefly and bring in a colleague now with transfer_to_operator.',
  human: true,
  canEndCall: true,
});
