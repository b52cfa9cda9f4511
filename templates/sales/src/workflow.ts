// The sales line: qualify every caller, demo the ones who fit, hand them to a human account
// executive, and keep the ones who do not fit yet warm in follow-up.
import { defineWorkflow } from 'switchboard';
import { z } from 'zod';
import { accountExecutive } from './agents/account_executive.js';
import { demo } from './agents/demo.js';
import { followUp } from './agents/follow_up.js';
import { intro } from './agents/intro.js';
import { qualification } from './agents/qualification.js';
import { SalesCrm } from './api/crm.js';
import { leadDisqualified, leadQualified } from './guards.js';
import { PROTECTED_FIELDS, SalesUserData } from './userdata.js';

export interface SalesDeps {
  /** The CRM and calendar the tools call; the mock by default. */
  crm?: SalesCrm;
}

export function salesWorkflow(deps: SalesDeps = {}) {
  const crm = deps.crm ?? new SalesCrm();
  return defineWorkflow({
    name: 'sales',
    userData: SalesUserData,
    protectedFields: [...PROTECTED_FIELDS],
    start: 'intro',
    agents: [intro, qualification, demo(crm), accountExecutive(crm), followUp(crm)],
    edges: [
      {
        from: 'intro',
        to: 'qualification',
        when: 'The caller is interested in the product for their team.',
        carries: z.object({
          contactName: z.string().optional().describe('The caller’s name, if they gave it.'),
          company: z.string().optional().describe('Their company, if they said it.'),
        }),
        examples: [
          'I am Dana from Acme, we are looking for a CRM',
          'I want to learn more about Relay',
          'tell me about your product',
        ],
      },
      {
        from: 'qualification',
        to: 'demo',
        when: 'qualify_lead found the lead is a fit: show them the product.',
        requires: leadQualified,
        examples: ['yes, I would love a demo', 'sure, let us see a demo', 'yes, walk me through it'],
      },
      {
        from: 'qualification',
        to: 'follow_up',
        when: 'qualify_lead found the lead is not a fit right now.',
        requires: leadDisqualified,
        history: 'summary',
        examples: ['ok, what can you do for us then', 'that is fine, what next', 'ok I understand'],
      },
      {
        from: 'demo',
        to: 'account_executive',
        when: 'The caller wants pricing for their team, a contract, or to talk to someone in sales.',
        requires: leadQualified,
        history: 'summary',
        examples: [
          'this looks great, what would it cost us',
          'we are ready to move forward',
          'can I talk to someone about a contract',
        ],
      },
    ],
    escalation: {
      agent: 'account_executive',
      when: 'The caller asks to speak to a person.',
      examples: ['can I speak to a real person', 'put me through to a salesperson', 'I want a human'],
      record: { reason: 'escalationReason', ticketId: 'operatorTicket' },
    },
  });
}

// `switchboard console` and `switchboard check` load the default export.
export default salesWorkflow;
