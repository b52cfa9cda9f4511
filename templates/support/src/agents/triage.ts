import { defineAgent } from 'switchboard';
import type { Helpdesk } from '../api/helpdesk.js';
import { findCustomerTool } from '../tools/customers.js';
import type { SupportUserData } from '../userdata.js';
import { PHONE_STYLE } from './style.js';

export function triage(helpdesk: Helpdesk) {
  return defineAgent<SupportUserData>({
    id: 'triage',
    description: 'Finds the caller’s account and sends them to the right specialist.',
    instructions: `You are the triage agent. Find out whether the problem is technical (internet, wifi, router, app) or about billing (bills, charges, refunds), and transfer the caller to that team. Billing needs the caller's account: ask for their full name and the email on it and call find_customer first. ${PHONE_STYLE}`,
    onEnter: 'Ask the caller, in one sentence, whether this is about a technical problem or about billing.',
    tools: { find_customer: findCustomerTool(helpdesk) },
    steps: ['find_customer'],
    examples: {
      find_customer: [
        'I am Ann Lee and my email is ann.lee@example.com',
        'Marco Diaz, marco.diaz@example.com',
        'the account is Priya Shah, priya.shah@example.com',
      ],
    },
  });
}
