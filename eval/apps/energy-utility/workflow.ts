// Riverside Energy's phone line: the front desk answers and *calls* the billing, meters & outages or
// moving home desk; each desk hands the caller back with { resolved, summary } so the front desk can
// ask "anything else?". Any agent can put the caller through to a person (gas emergency line or a
// supervisor). The agents, tools and demo records live in agents/, tools/ and api/.
import { defineWorkflow } from 'switchboard';
import { z } from 'zod';
import { billing, meters, movingHome } from './agents/desks.js';
import { frontDesk } from './agents/front_desk.js';
import { humanDesk } from './agents/human_desk.js';
import { EnergyApi } from './api/energy.js';
import { PROTECTED_FIELDS, RiversideUserData } from './userdata.js';

export interface RiversideDeps {
  /** Riverside Energy's systems; the in-memory mock by default. */
  api?: EnergyApi;
  /** Clock for dates (bills, payment plans, moves); tests pass a fixed one. */
  now?: () => Date;
}

const callerDetails = z.object({
  callerName: z.string().optional().describe('The caller’s name, if they gave it.'),
  accountId: z.string().optional().describe('The account number, like RE-123456, if they gave it.'),
});

export function riversideWorkflow(deps: RiversideDeps = {}) {
  const api = deps.api ?? new EnergyApi({ now: deps.now });
  return defineWorkflow({
    name: 'energy-utility',
    userData: RiversideUserData,
    protectedFields: [...PROTECTED_FIELDS],
    start: 'front_desk',
    agents: [frontDesk, billing(api), meters(api), movingHome(api), humanDesk],
    edges: [
      {
        from: 'front_desk',
        to: 'billing',
        mode: 'call',
        when: 'A question about a bill, the balance, paying what is owed, a payment plan, a refund or a bill that looks wrong.',
        carries: callerDetails,
        examples: [
          'I have a question about my bill',
          'how much do I owe',
          'I can’t afford my bill, can I pay in instalments',
          'I want a refund',
          'my bill is wrong',
        ],
      },
      {
        from: 'front_desk',
        to: 'meters',
        mode: 'call',
        when: 'A meter reading, a power cut, no gas, or whether there is an outage in an area.',
        carries: callerDetails,
        examples: [
          'I want to give a meter reading',
          'my power is off',
          'is there a power cut in my area',
          'there is no gas to my boiler',
        ],
      },
      {
        from: 'front_desk',
        to: 'moving_home',
        mode: 'call',
        when: 'The caller is moving home: moving out, moving in, a final reading or final bill.',
        carries: callerDetails,
        examples: [
          'I am moving house',
          'I am moving out next week',
          'I have just moved in',
          'I need a final bill for my old flat',
        ],
      },
    ],
    escalation: {
      agent: 'human_desk',
      when: 'The caller smells gas and wants the emergency line, asks for a person or supervisor, is upset, or needs something the desks cannot do (refund over £250, changing a payment plan, a late move).',
      examples: [
        'put me through to the gas emergency line',
        'can I speak to a supervisor',
        'I want to talk to a real person',
        'yes please, put me through',
      ],
      record: { reason: 'escalationReason', ticketId: 'operatorTicket' },
    },
  });
}

// `switchboard console` and `switchboard check` load the default export.
export default riversideWorkflow;
