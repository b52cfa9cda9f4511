// Lakeside Hotel phone desk: the front desk hears what the caller needs and sends them to
// reservations (new stays), my_stay (look up, change or cancel a booking, extras and requests), or
// calls guest services for a guest in the house (housekeeping, maintenance, wake-up calls), which
// hands the caller back. Anyone can ask for the duty manager.
import { defineWorkflow } from 'switchboard';
import { z } from 'zod';
import { frontDesk } from './agents/front_desk.js';
import { guestServices } from './agents/guest_services.js';
import { human } from './agents/human.js';
import { myStay } from './agents/my_stay.js';
import { reservations } from './agents/reservations.js';
import { ROOM_TYPES } from './api/hotel_data.js';
import { HotelDesk } from './api/hotel_desk.js';
import { HotelUserData, PROTECTED_FIELDS } from './userdata.js';

export interface HotelDeps {
  /** The hotel's front-office system; the in-memory mock by default. */
  desk?: HotelDesk;
  /** Clock for the mock's demo dates and the date rules; tests pass a fixed one. */
  now?: () => Date;
}

export function hotelWorkflow(deps: HotelDeps = {}) {
  const desk = deps.desk ?? new HotelDesk({ now: deps.now });
  return defineWorkflow({
    name: 'hotel',
    userData: HotelUserData,
    protectedFields: [...PROTECTED_FIELDS],
    start: 'front_desk',
    agents: [frontDesk, reservations(desk), myStay(desk), guestServices(desk), human],
    edges: [
      {
        from: 'front_desk',
        to: 'reservations',
        when: 'The caller wants to book a new stay, or asks about rooms, availability or prices for some dates.',
        carries: z.object({
          roomType: z
            .enum(ROOM_TYPES)
            .optional()
            .describe('The room type, if they said: queen, king, family_suite or lake_suite.'),
          guests: z.number().int().min(1).max(8).optional().describe('How many people are staying, if they said.'),
          callerName: z.string().optional().describe('The caller’s name, if they gave it.'),
        }),
        examples: [
          'I would like to book a room',
          'do you have anything free next weekend',
          'how much is a room for two nights',
          'I want to make a reservation for four people',
        ],
      },
      {
        from: 'front_desk',
        to: 'my_stay',
        when: 'The caller already has a booking and wants to check it, change its dates, cancel it, or add breakfast, parking, late checkout or a special request.',
        carries: z.object({ callerName: z.string().optional().describe('The caller’s name, if they gave it.') }),
        examples: [
          'I need to change my booking',
          'I want to cancel my reservation LH-2451',
          'can I add breakfast to my booking',
          'I would like to check the dates of my stay',
          'we will be arriving late',
        ],
      },
      {
        from: ['front_desk', 'reservations', 'my_stay'],
        to: 'guest_services',
        mode: 'call',
        when: 'The caller is staying at the hotel now and needs something in their room: housekeeping, towels, something fixed, a noise problem, or a wake-up call.',
        examples: [
          'I am in room 214 and the heating does not work',
          'can I get some extra towels',
          'I would like a wake-up call tomorrow',
          'the toilet in my room is leaking',
          'the room next door is very noisy',
        ],
      },
      {
        from: 'reservations',
        to: 'my_stay',
        when: 'The caller now wants to check, change or cancel a booking they already have.',
        examples: ['actually I also need to change my other booking', 'and can you cancel my booking for next month'],
      },
      {
        from: 'my_stay',
        to: 'reservations',
        when: 'The caller wants a new, separate booking.',
        examples: ['I also want to book another room', 'can I make a new reservation', 'then I will book new dates'],
      },
    ],
    escalation: {
      agent: 'human',
      when: 'The caller asks for a person or the manager, makes a complaint, wants a refund, disputes a charge on their bill, is upset, or needs something the desk cannot do (a group or event booking).',
      examples: [
        'can I talk to a real person',
        'I want to speak to the manager',
        'I want a refund for last night',
        'there is a charge on my bill I do not recognise',
        'I want to make a complaint',
      ],
      record: { reason: 'escalationReason', ticketId: 'operatorTicket' },
    },
  });
}

// `switchboard console` and `switchboard check` load the default export.
export default hotelWorkflow;
