// Spoke & Chain, a bicycle repair shop: the front desk answers shop questions and sends callers to
// booking (a drop-off time and a repair ticket), repair status (a bike already in the shop, by
// ticket number) or quotes (prices); a mechanic comes to the phone whenever the caller asks.
import { defineWorkflow } from 'switchboard';
import { z } from 'zod';
import { booking } from './agents/booking.js';
import { frontDesk } from './agents/front_desk.js';
import { mechanic } from './agents/mechanic.js';
import { quotes } from './agents/quotes.js';
import { repairStatus } from './agents/repair_status.js';
import { Shop } from './api/shop.js';
import { BIKE_TYPES, BikeShopUserData, PROTECTED_FIELDS, SERVICES, SERVICE_WORDS } from './userdata.js';

export interface BikeShopDeps {
  /** The shop's systems (workshop board, drop-off diary, price list); the in-memory mock by default. */
  shop?: Shop;
}

const serviceArg = z
  .enum(SERVICES)
  .optional()
  .describe(`The work the bike needs, if the caller said it: ${SERVICE_WORDS}.`);
const bikeTypeArg = z
  .enum(BIKE_TYPES)
  .optional()
  .describe('The kind of bike, if the caller said it: road, mountain, hybrid, ebike (electric), kids or cargo.');

export function bikeShopWorkflow(deps: BikeShopDeps = {}) {
  const shop = deps.shop ?? new Shop();
  return defineWorkflow({
    name: 'bike-shop',
    userData: BikeShopUserData,
    protectedFields: [...PROTECTED_FIELDS],
    start: 'front_desk',
    agents: [frontDesk(shop), booking(shop), repairStatus(shop), quotes(shop), mechanic],
    edges: [
      {
        from: 'front_desk',
        to: 'booking',
        when: 'The caller wants to book a bike in for a repair or service, or bring it in on a given day.',
        carries: z.object({
          service: serviceArg,
          bikeType: bikeTypeArg,
          callerName: z.string().optional().describe('The caller’s name, if they gave it.'),
          problem: z
            .string()
            .optional()
            .describe('What is wrong with the bike, in the caller’s words, if they said it.'),
        }),
        say: 'Sure, let’s get your bike booked in.',
        examples: [
          'I need to book my bike in for a tune-up',
          'my gears keep skipping, can I bring it in',
          'I want to book a service for my e-bike',
          'can I drop my bike off on Saturday',
          'I have a flat and want to get it fixed',
        ],
      },
      {
        from: 'front_desk',
        to: 'repair_status',
        mode: 'call',
        when: 'The caller asks about a bike already booked in or in the workshop: is it ready, what is happening with it, what do they owe.',
        carries: z.object({
          ticketId: z.string().optional().describe('The repair ticket number, like SC-4821, if the caller said it.'),
        }),
        history: 'last:4',
        say: 'Let me check on that for you.',
        examples: [
          'is my bike ready yet',
          'I am calling to check on my repair',
          'what is the status of ticket SC-4821',
          'you called me about extra work on my bike',
          'when can I pick up my bike',
        ],
      },
      {
        from: 'front_desk',
        to: 'quotes',
        mode: 'call',
        when: 'The caller wants to know what a repair or service costs or how long it takes.',
        carries: z.object({ service: serviceArg, bikeType: bikeTypeArg }),
        history: 'last:4',
        examples: [
          'how much is a tune-up',
          'what do you charge to fix a flat',
          'can I get a price for new brake pads',
          'how much would an overhaul cost on my mountain bike',
        ],
      },
      {
        from: 'quotes',
        to: 'booking',
        when: 'After hearing the price, the caller wants to book the bike in for that work.',
        history: 'summary',
        say: 'Great, let’s find you a drop-off time.',
        examples: ['ok, let us book it', 'sounds good, can I bring it in this week', 'book me in for that'],
      },
      {
        from: 'booking',
        to: 'front_desk',
        when: 'The caller wants something other than a booking: to check on a bike already in the shop, a price, or a general question.',
        history: 'last:4',
        examples: [
          'actually I just wanted to check on my other bike',
          'wait, what are your hours on Sunday',
          'never mind the booking, I have a different question',
        ],
      },
    ],
    escalation: {
      agent: 'mechanic',
      when: 'The caller asks for a mechanic or a person, is upset, or needs what the desks cannot do: a diagnosis, a fleet of bikes, a complaint, or a ticket that cannot be found.',
      say: 'One moment, I will get a mechanic for you.',
      record: { reason: 'escalationReason', ticketId: 'operatorTicket' },
      examples: [
        'can I talk to a mechanic',
        'I want to speak to a real person',
        'let me talk to someone who knows bikes',
        'I need to make a complaint about my repair',
        'put me through to the workshop',
      ],
    },
    policies: { maxHandoffs: 10, toolTimeoutMs: 8_000 },
  });
}

// `switchboard console` and `switchboard check` load the default export.
export default bikeShopWorkflow;
