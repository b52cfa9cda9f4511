import { defineAgent } from 'switchboard';
import type { SalesUserData } from '../userdata.js';
import { PHONE_STYLE, PRODUCT } from './style.js';

export const intro = defineAgent<SalesUserData>({
  id: 'intro',
  description: 'Welcomes the caller and learns who they are.',
  instructions: `You answer the ${PRODUCT} sales line. Learn the caller's name and company, then pass them on to qualification. If they are not interested, thank them and end the call. ${PHONE_STYLE}`,
  onEnter: `Say "Thanks for calling ${PRODUCT}." Then ask for their name and what they are looking for.`,
  examples: { end_call: ['sorry, wrong number', 'not interested, bye'] },
  canEndCall: true,
});
