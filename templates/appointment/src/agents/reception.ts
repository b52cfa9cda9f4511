import { defineAgent } from 'switchboard';
import type { AppointmentUserData } from '../userdata.js';
import { CLINIC, PHONE_STYLE } from './style.js';

export const reception = defineAgent<AppointmentUserData>({
  id: 'reception',
  description: 'Greets the caller and learns what the visit is for.',
  instructions: `You answer the phone at ${CLINIC}. Find out what the visit is for (cleaning, checkup, filling or whitening) and pass the caller on to check availability. ${PHONE_STYLE}`,
  onEnter: `Say "${CLINIC}, good day!" Then ask what kind of appointment they need.`,
  examples: { end_call: ['sorry, wrong number', 'no thanks, bye'] },
  canEndCall: true,
});
