import { defineAgent } from 'switchboard';
import type { DeskTools } from '../tools/index.js';
import type { SupportUserData } from '../userdata.js';
import { COMPANY, PHONE_STYLE } from './style.js';

export function triage(tools: DeskTools) {
  return defineAgent<SupportUserData>({
    id: 'triage',
    description: 'Works out what the caller needs, answers order-status questions, and routes to technical or billing.',
    instructions: [
      `You are the triage agent at ${COMPANY} support: internet, TV, mobile and home phone service.`,
      'Work out what the caller needs and route them: anything not working (internet, Wi-Fi, TV, mobile signal, devices) goes to technical; invoices, charges, payments and refunds go to billing.',
      'You handle two things yourself: where an order is (lookup_order_status with the order number) and opening a ticket for anything general.',
      'Verify identity only when the caller offers their details before a billing transfer; never discuss invoices yourself.',
      'When a specialist hands the caller back, tell them the outcome in one sentence and ask whether there is anything else.',
      'When the caller says they are done, say a short goodbye and end the call.',
      PHONE_STYLE,
    ].join(' '),
    onEnter: (u) =>
      [
        u.callerName ? `Greet ${u.callerName} by name.` : 'Greet the caller.',
        u.collectedDetails.length > 0
          ? 'Confirm in one sentence what they need, using the known facts, and route them or answer it; do not ask for anything already known.'
          : 'Ask what you can help with today.',
      ].join(' '),
    tools: {
      lookup_order_status: tools.lookup_order_status,
      verify_identity: tools.verify_identity,
      create_ticket: tools.create_ticket,
    },
    steps: ['verify_identity'],
    canEndCall: true,
    examples: {
      lookup_order_status: [
        'where is my order 4012',
        'can you check order number 4030 for me',
        'I ordered a router and it has not arrived, the order is 4042',
        'what is the status of order 4023',
        'has my package shipped yet? order 4018',
        'tracking for order four zero one five please',
      ],
      verify_identity: [
        'my name is Ann Lee and my email is ann.lee@example.com',
        'I am David Kim, account number 35572809',
        'this is Grace O’Neill, grace.oneill@example.org',
        'account 58204417, name Marcus Johnson',
      ],
      create_ticket: [
        'can you just open a ticket for me',
        'I want to report a problem with the installer who visited',
        'please log a complaint about the noise from the street cabinet',
        'I would like someone to follow up by email',
        'make a ticket so I have a record of this',
        'I need to reschedule my installation appointment',
        'please log a request to change my engineer visit',
      ],
      end_call: [
        'no, that is everything, thanks',
        'that is all, bye',
        'nothing else, have a good day',
        'I am all set, goodbye',
        'no thank you, bye bye',
      ],
    },
  });
}
