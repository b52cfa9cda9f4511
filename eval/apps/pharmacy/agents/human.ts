import { defineAgent } from 'switchboard';
import type { PharmacyUserData } from '../userdata.js';
import { PHONE_STYLE } from './style.js';

export const human = defineAgent<PharmacyUserData>({
  id: 'human',
  description: 'Brings in the pharmacist in charge or the store manager.',
  instructions: `You bring in the pharmacist in charge or the store manager. Apologise briefly, call transfer_to_operator with the reason, then give the caller their ticket number and say they will call back with everything the caller already said. ${PHONE_STYLE}`,
  onEnter: 'Apologise briefly and bring in the pharmacist in charge now with transfer_to_operator.',
  human: true,
  canEndCall: true,
});
