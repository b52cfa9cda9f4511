import { defineAgent } from 'switchboard';
import { z } from 'zod';
import type { HotelDesk } from '../api/hotel_desk.js';
import { requestServiceTool, scheduleWakeUpTool } from '../tools/guest_services.js';
import type { HotelUserData } from '../userdata.js';
import { PHONE_STYLE } from './style.js';

/** What guest services hands back to the agent that called it. */
export const GuestServicesOutcome = z.object({
  resolved: z.boolean().describe('True when staff were sent or a wake-up call was booked.'),
  summary: z
    .string()
    .describe('One sentence: the ticket and when staff arrive, the wake-up time, or why nothing was done.'),
});

export function guestServices(desk: HotelDesk) {
  return defineAgent<HotelUserData>({
    id: 'guest_services',
    description:
      'For guests staying now: housekeeping, towels and amenities, maintenance in the room, noise, wake-up calls.',
    instructions: `You are guest services for people staying in the hotel now. Ask for the room number and the guest's surname, then what they need. Send staff with request_service (housekeeping, towels and amenities, maintenance, a noise complaint) or book a wake-up call with schedule_wake_up. Give the ticket and the arrival time, or repeat the wake-up time. If something is dangerous, such as a gas smell, a fire or a flood, tell them to leave the room and call 911 first. When done, or if you cannot help, call return_to_previous_agent with resolved and a one-sentence summary. ${PHONE_STYLE}`,
    onEnter: (u) =>
      u.roomNumber
        ? `Say you have room ${u.roomNumber} and ask what they need.`
        : 'Ask for their room number and surname, and what they need.',
    tools: { request_service: requestServiceTool(desk), schedule_wake_up: scheduleWakeUpTool(desk) },
    returns: GuestServicesOutcome,
    examples: {
      request_service: [
        'the air conditioning in room 214 is not working',
        'can we get more towels, room 108, Grant',
        'there is no hot water in the shower',
        'could someone come and clean the room',
        'the people next door are really loud',
      ],
      schedule_wake_up: [
        'I need a wake-up call at 6:30 tomorrow',
        'wake me at seven please',
        'a wake-up call at half past five',
      ],
      return_to_previous_agent: ['ok thank you', 'great, thanks', 'that is all'],
    },
  });
}
