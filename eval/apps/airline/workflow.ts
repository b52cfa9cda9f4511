// Skyway Air's phone line: the front desk answers general questions (bags, check-in, fares) and
// sends the caller to bookings (change the flight, a seat, a bag, cancel) or baggage services (a bag
// that did not arrive, a bag report), or calls the flight status desk, which hands the caller back.
// Anyone can ask for a supervisor.
import { defineWorkflow } from 'switchboard';
import { z } from 'zod';
import { baggage } from './agents/baggage.js';
import { bookings } from './agents/bookings.js';
import { flightStatus } from './agents/flight_status.js';
import { frontDesk } from './agents/front_desk.js';
import { human } from './agents/human.js';
import { AirlineStore } from './api/airline_store.js';
import { AirlineUserData, PROTECTED_FIELDS } from './userdata.js';

export interface AirlineDeps {
  /** The airline's reservation and baggage systems; the in-memory mock by default. */
  store?: AirlineStore;
  /** Clock for the mock's demo dates and the fare rules; tests pass a fixed one. */
  now?: () => Date;
}

const callerName = z.string().optional().describe('The caller’s name, if they gave it.');

export function airlineWorkflow(deps: AirlineDeps = {}) {
  const store = deps.store ?? new AirlineStore({ now: deps.now });
  return defineWorkflow({
    name: 'airline',
    userData: AirlineUserData,
    protectedFields: [...PROTECTED_FIELDS],
    start: 'front_desk',
    agents: [frontDesk, bookings(store), baggage(store), flightStatus(store), human],
    edges: [
      {
        from: 'front_desk',
        to: 'bookings',
        when: 'The caller has a booking and wants to see it, change the flight or date, choose a seat, add a checked bag, or cancel.',
        carries: z.object({ callerName }),
        examples: [
          'I need to change my flight',
          'I want to pick a seat on my booking',
          'can I add a bag to my reservation',
          'I need to cancel my trip',
          'my booking reference is K7QX2M',
        ],
      },
      {
        from: 'front_desk',
        to: 'baggage',
        when: 'A checked bag did not arrive (delayed, lost, missing), or the caller follows up on a bag report.',
        carries: z.object({ callerName }),
        examples: [
          'my luggage did not arrive',
          'the airline lost my suitcase',
          'I am calling about my delayed bag',
          'I have a bag report and want an update',
        ],
      },
      {
        from: ['front_desk', 'bookings', 'baggage'],
        to: 'flight_status',
        mode: 'call',
        when: 'The caller asks whether a flight today or tomorrow is on time, delayed or cancelled, or which gate it leaves from.',
        examples: [
          'is my flight on time',
          'is SK 104 delayed',
          'what gate does flight 201 leave from',
          'has tomorrow’s flight to Spokane been cancelled',
        ],
      },
      {
        from: 'bookings',
        to: 'baggage',
        when: 'The caller now wants to report a bag that did not arrive, or follow up on a bag report.',
        examples: ['also my bag from last trip never arrived', 'and I need to report a lost suitcase'],
      },
      {
        from: 'baggage',
        to: 'bookings',
        when: 'The caller now wants to change, look up or cancel a booking, a seat or a checked bag on an upcoming flight.',
        examples: ['I also need to change my next flight', 'can I choose a seat on my flight home'],
      },
    ],
    escalation: {
      agent: 'human',
      when: 'The caller asks for a person, a supervisor or customer relations, has a complaint or a compensation claim, or needs special assistance (a wheelchair, an unaccompanied minor, a medical need).',
      examples: [
        'can I talk to a real person',
        'let me speak to a supervisor',
        'I want compensation for the delay',
        'I want to make a complaint',
        'I need wheelchair assistance at the airport',
      ],
      record: { reason: 'escalationReason', ticketId: 'operatorTicket' },
    },
  });
}

// `switchboard console` and `switchboard check` load the default export.
export default airlineWorkflow;
