import { defineAgent } from 'switchboard';
import type { SupportUserData } from '../userdata.js';
import { COMPANY, PHONE_STYLE } from './style.js';

export const greeting = defineAgent<SupportUserData>({
  id: 'greeting',
  description: 'Welcomes the caller and hears what they need.',
  instructions: `You answer the phone for ${COMPANY} support. Welcome the caller, and once they say what they need, pass them to triage. Do not try to solve anything yourself. ${PHONE_STYLE}`,
  onEnter: `Say "Thanks for calling ${COMPANY} support." Then ask how you can help.`,
});
