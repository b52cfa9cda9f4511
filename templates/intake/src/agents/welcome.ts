import { defineAgent } from 'switchboard';
import type { IntakeUserData } from '../userdata.js';
import { COMPANY, PHONE_STYLE } from './style.js';

export const welcome = defineAgent<IntakeUserData>({
  id: 'welcome',
  description: 'Welcomes the caller and checks they want to report a claim.',
  instructions: `You answer the ${COMPANY} claims line. Make sure the caller is safe, then check they want to report a new claim. If someone is in danger, tell them to call emergency services first. ${PHONE_STYLE}`,
  onEnter: `Say "${COMPANY} claims, I am here to help." Then ask if everyone is safe and whether they want to report a new claim.`,
  examples: { end_call: ['no thanks, wrong number', 'never mind, bye'] },
  canEndCall: true,
});
