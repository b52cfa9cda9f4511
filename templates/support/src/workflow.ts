// The support desk: who takes the call, how callers move between agents, and what each edge carries.
import { defineWorkflow } from 'switchboard';
import { z } from 'zod';
import { billing } from './agents/billing.js';
import { escalation } from './agents/escalation.js';
import { greeting } from './agents/greeting.js';
import { technical } from './agents/technical.js';
import { triage } from './agents/triage.js';
import { Helpdesk } from './api/helpdesk.js';
import { PROTECTED_FIELDS, SupportUserData } from './userdata.js';

export interface SupportDeps {
  /** The business systems the tools call; the mock by default. */
  helpdesk?: Helpdesk;
}

export function supportWorkflow(deps: SupportDeps = {}) {
  const helpdesk = deps.helpdesk ?? new Helpdesk();
  return defineWorkflow({
    name: 'support',
    userData: SupportUserData,
    protectedFields: [...PROTECTED_FIELDS],
    start: 'greeting',
    agents: [greeting, triage(helpdesk), technical(helpdesk), billing(helpdesk), escalation],
    edges: [
      {
        from: 'greeting',
        to: 'triage',
        when: 'The caller has said what they need help with.',
        carries: z.object({ callerName: z.string().optional().describe('The caller’s name, if they gave it.') }),
        examples: [
          'I have a problem with my internet',
          'I have a question about my bill',
          'I need some help',
          'hi, this is Ann Lee',
        ],
      },
      {
        from: 'triage',
        to: 'technical',
        when: 'The problem is technical: internet, wifi, router or app not working.',
        examples: [
          'my internet is down',
          'the wifi keeps dropping',
          'my router is blinking red',
          'it is a technical problem',
        ],
      },
      {
        from: 'triage',
        to: 'billing',
        when: 'The question is about a bill, a charge, a payment or a refund.',
        examples: ['I have a question about my bill', 'I was charged twice', 'I want a refund', 'it is about billing'],
      },
      {
        from: 'technical',
        to: 'billing',
        when: 'The caller now has a billing question.',
        examples: ['I also have a question about my bill', 'and why was I charged so much'],
      },
      {
        from: 'billing',
        to: 'technical',
        when: 'The caller now has a technical problem.',
        examples: ['my internet is also really slow', 'and the wifi keeps dropping'],
      },
    ],
    escalation: {
      agent: 'escalation',
      when: 'The caller asks for a person, is upset, or needs something this desk cannot do (such as a large refund).',
      examples: [
        'can I talk to a real person',
        'get me a human',
        'I want to speak to a manager',
        'yes please escalate',
      ],
      record: { reason: 'escalationReason', ticketId: 'operatorTicket' },
    },
  });
}

// `switchboard console` and `switchboard check` load the default export.
export default supportWorkflow;
