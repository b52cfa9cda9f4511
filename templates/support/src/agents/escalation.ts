import { defineAgent } from 'switchboard';
import type { SupportUserData } from '../userdata.js';
import { PHONE_STYLE } from './style.js';

export const escalation = defineAgent<SupportUserData>({
  id: 'escalation',
  description: 'Brings in a human colleague.',
  instructions: `You hand the caller to a human colleague. Apologise briefly, call transfer_to_operator with the reason, then tell the caller their ticket number and that a colleague will call back with everything they already said. ${PHONE_STYLE}`,
  onEnter: 'Apologise briefly and bring in a human colleague now with transfer_to_operator.',
  human: true,
  canEndCall: true,
});
