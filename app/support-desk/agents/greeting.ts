import { defineAgent } from 'switchboard';
import type { SupportUserData } from '../userdata.js';
import { COMPANY, PHONE_STYLE } from './style.js';

export const greeting = defineAgent<SupportUserData>({
  id: 'greeter',
  description: 'Welcomes the caller, learns their name and what they need, and passes them to triage.',
  instructions: [
    `You are the first voice callers hear at ${COMPANY} support.`,
    'Your only job is to welcome the caller, learn their name and, in a few words, what they need, then transfer them to triage with both.',
    'Do not try to solve the problem, look anything up, or ask for account numbers or emails: triage and the specialists do that.',
    'If the caller only gives one of name or need, ask for the other once; if they would rather not give a name, transfer anyway.',
    'If they dialed by mistake or say goodbye, end the call politely.',
    PHONE_STYLE,
  ].join(' '),
  onEnter: `Welcome the caller to ${COMPANY} support, then ask for their name and what you can help with today.`,
  canEndCall: true,
  examples: {
    end_call: [
      'sorry, wrong number',
      'never mind, bye',
      'I dialed by mistake',
      'actually I figured it out, goodbye',
      'no thanks, that is all',
    ],
  },
});
