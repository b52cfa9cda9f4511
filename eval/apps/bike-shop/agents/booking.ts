import { defineAgent } from 'switchboard';
import type { Shop } from '../api/shop.js';
import { bookDropoffTool, findDropoffSlotsTool } from '../tools/dropoff.js';
import type { BikeShopUserData } from '../userdata.js';
import { PHONE_STYLE } from './style.js';

export function booking(shop: Shop) {
  return defineAgent<BikeShopUserData>({
    id: 'booking',
    description: 'Books a drop-off time for a repair or service and opens the repair ticket.',
    instructions: `You book bikes in for repair. Make sure you know what work is needed and what kind of bike it is. Ask which day suits to drop the bike off, offer the free times from find_dropoff_slots, and when the caller picks one, book it with book_dropoff with their full name and a phone number (the tool asks for anything missing). Give the ticket number and the estimate from the tool's answer, then ask if there is anything else. If the caller wants something other than a booking, send them back to the front desk. ${PHONE_STYLE}`,
    onEnter: (u) =>
      u.service
        ? `Ask which day suits to drop the bike off for the ${u.service.replace(/_/g, ' ')}, and whether morning, afternoon or evening is best.`
        : 'Ask what the bike needs done, and which day suits to drop it off.',
    tools: { find_dropoff_slots: findDropoffSlotsTool(shop), book_dropoff: bookDropoffTool(shop) },
    examples: {
      find_dropoff_slots: [
        'do you have anything on Saturday',
        'what is free tomorrow morning',
        'the earliest you have',
        'next Wednesday after work',
      ],
      book_dropoff: [
        'the 2 PM one please',
        'I will take 11 AM',
        'Saturday at 1 works, I am Sam Rivera, 503 555 0148',
        'book me in for the first one',
      ],
      end_call: ['that is all, thanks, bye', 'great, see you then'],
    },
    canEndCall: true,
  });
}
