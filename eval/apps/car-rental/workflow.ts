// Car rental desk: the front desk hears what the caller needs and sends them to reservations (new
// bookings), my_booking (change, cancel, extras, deposit and damage), or calls roadside help for a
// car that broke down, which hands the caller back. Anyone can ask for a person.
import { defineWorkflow } from 'switchboard';
import { z } from 'zod';
import { frontDesk } from './agents/front_desk.js';
import { human } from './agents/human.js';
import { myBooking } from './agents/my_booking.js';
import { reservations } from './agents/reservations.js';
import { roadside } from './agents/roadside.js';
import { CAR_CLASSES } from './api/rental_data.js';
import { RentalDesk } from './api/rental_desk.js';
import { PROTECTED_FIELDS, RentalUserData } from './userdata.js';

export interface CarRentalDeps {
  /** The branch's reservation system; the in-memory mock by default. */
  desk?: RentalDesk;
  /** Clock for the mock's demo dates and the date rules; tests pass a fixed one. */
  now?: () => Date;
}

const BREAKDOWN_EXAMPLES = [
  'my rental car broke down',
  'I have a flat tyre',
  'I just had an accident in the rental car',
  'the car will not start and I am stuck on the highway',
  'I locked the keys in the car',
];

export function carRentalWorkflow(deps: CarRentalDeps = {}) {
  const desk = deps.desk ?? new RentalDesk({ now: deps.now });
  return defineWorkflow({
    name: 'car-rental',
    userData: RentalUserData,
    protectedFields: [...PROTECTED_FIELDS],
    start: 'front_desk',
    agents: [frontDesk, reservations(desk), myBooking(desk), roadside(desk), human],
    edges: [
      {
        from: 'front_desk',
        to: 'reservations',
        when: 'The caller wants to rent a car: a new reservation, or a price for some dates.',
        carries: z.object({
          carClass: z
            .enum(CAR_CLASSES)
            .optional()
            .describe('The car class, if they said: economy, compact, midsize, suv, minivan or luxury.'),
          callerName: z.string().optional().describe('The caller’s name, if they gave it.'),
        }),
        examples: [
          'I would like to rent a car',
          'I need an SUV for next week',
          'how much is a car for the weekend',
          'I want to make a reservation',
        ],
      },
      {
        from: 'front_desk',
        to: 'my_booking',
        when: 'The caller has a booking already and wants to change or cancel it, add extras such as a child seat, or asks about a deposit or a damage charge.',
        carries: z.object({ callerName: z.string().optional().describe('The caller’s name, if they gave it.') }),
        examples: [
          'I need to change my booking',
          'I want to cancel my reservation RT-4821',
          'can I add a child seat to my booking',
          'when do I get my deposit back',
          'I was charged for damage I did not do',
        ],
      },
      {
        from: ['front_desk', 'reservations', 'my_booking'],
        to: 'roadside',
        mode: 'call',
        when: 'Urgent: the caller’s rental car broke down, has a flat tyre, was in an accident, is locked, or they are stranded.',
        examples: BREAKDOWN_EXAMPLES,
      },
      {
        from: 'reservations',
        to: 'my_booking',
        when: 'The caller now wants to change, cancel or ask about an existing booking.',
        examples: ['actually I also need to change another booking', 'and what about the deposit on my last rental'],
      },
      {
        from: 'my_booking',
        to: 'reservations',
        when: 'The caller wants a new, separate reservation.',
        examples: ['I also want to book another car', 'can I make a new reservation', 'then I will book a new one'],
      },
    ],
    escalation: {
      agent: 'human',
      when: 'The caller asks for a person, disputes a damage charge, is upset, or needs something the desk cannot do (a long-term lease, a complaint).',
      examples: [
        'can I talk to a real person',
        'get me an agent',
        'I want to dispute this damage charge',
        'I want to make a complaint',
      ],
      record: { reason: 'escalationReason', ticketId: 'operatorTicket' },
    },
  });
}

// `switchboard console` and `switchboard check` load the default export.
export default carRentalWorkflow;
