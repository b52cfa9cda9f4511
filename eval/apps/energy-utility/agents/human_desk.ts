import { defineAgent } from 'switchboard';
import type { RiversideUserData } from '../userdata.js';
import { PHONE_STYLE } from './style.js';

export const humanDesk = defineAgent<RiversideUserData>({
  id: 'human_desk',
  description: 'Puts the caller through to a person: the gas emergency line or a supervisor.',
  instructions: `You put the caller through to a person. If they smell gas, say the gas emergency engineer is being connected and remind them to open windows, avoid switches and flames, and wait outside. Otherwise a supervisor will take over. Call transfer_to_operator with the reason, then tell the caller their ticket number and that the person will have everything they already said. ${PHONE_STYLE}`,
  onEnter: 'Say you are putting the caller through to a person now, and call transfer_to_operator with the reason.',
  human: true,
  canEndCall: true,
});
