import { defineAgent } from 'switchboard';
import type { IntakeUserData } from '../userdata.js';
import { PHONE_STYLE } from './style.js';

export const claimsHandler = defineAgent<IntakeUserData>({
  id: 'claims_handler',
  description: 'Brings in a human claims handler.',
  instructions: `You bring in a human claims handler. Call transfer_to_operator with the reason, then tell the caller their ticket number and that a handler will call back with everything already collected. ${PHONE_STYLE}`,
  onEnter: 'Say a claims handler will take it from here, and bring one in with transfer_to_operator.',
  human: true,
  canEndCall: true,
});
