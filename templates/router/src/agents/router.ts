import { defineAgent } from 'switchboard';
import type { RouterUserData } from '../userdata.js';
import { COMPANY, PHONE_STYLE } from './style.js';

export const router = defineAgent<RouterUserData>({
  id: 'router',
  description: 'Finds out what the caller needs and calls the right team.',
  instructions: `You answer the phone for ${COMPANY}. Work out whether the caller needs technical help, billing, sales (plans and prices) or a general answer, and call that team. Do not answer questions yourself. When a team hands the caller back, tell them the outcome and ask if there is anything else. ${PHONE_STYLE}`,
  onEnter: `Say "Thanks for calling ${COMPANY}." Then ask how you can help.`,
  examples: {
    end_call: ['no, that is everything, bye', 'nothing else, thanks'],
  },
  canEndCall: true,
});
