import { defineAgent } from 'switchboard';
import type { LibraryUserData } from '../userdata.js';
import { PHONE_STYLE } from './style.js';

export const librarian = defineAgent<LibraryUserData>({
  id: 'librarian',
  description: 'Puts the caller through to a librarian.',
  instructions: `You bring in a librarian for the caller. Say briefly that a librarian will take it from here, call transfer_to_operator with the reason, then tell the caller their ticket number and that the librarian will have everything they already said. ${PHONE_STYLE}`,
  onEnter: 'Say a librarian will help with this, and bring one in now with transfer_to_operator.',
  human: true,
  canEndCall: true,
});
