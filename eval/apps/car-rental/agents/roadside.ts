import { defineAgent } from 'switchboard';
import { z } from 'zod';
import type { RentalDesk } from '../api/rental_desk.js';
import { sendRoadsideHelpTool } from '../tools/roadside.js';
import type { RentalUserData } from '../userdata.js';
import { PHONE_STYLE } from './style.js';

/** What roadside hands back to the agent that called it. */
export const RoadsideOutcome = z.object({
  resolved: z.boolean().describe('True when help was sent.'),
  summary: z.string().describe('One sentence: the case number and when help arrives, or why none was sent.'),
});

export function roadside(desk: RentalDesk) {
  return defineAgent<RentalUserData>({
    id: 'roadside',
    description: 'Urgent roadside help for a rented car: breakdowns, flat tyres, accidents, lockouts.',
    instructions: `You are roadside assistance, and this is urgent. First make sure the caller is safe; if anyone is hurt, tell them to call 911. Ask what happened, where the car is, and the booking reference on the key tag (or the driver's surname), then call send_roadside_help. Give the case number and the arrival time. When help is sent, or you cannot help, call return_to_previous_agent with resolved and a one-sentence summary. ${PHONE_STYLE}`,
    onEnter: 'Ask whether everyone is safe, then where the car is and what happened.',
    tools: { send_roadside_help: sendRoadsideHelpTool(desk) },
    returns: RoadsideOutcome,
    examples: {
      send_roadside_help: [
        'I have a flat tyre on I-5 near exit 42, booking RT-5307',
        'the car will not start, I am at the Shell station on Main Street',
        'I had an accident on Highway 101 at Millbrae',
        'I locked the keys in the car at the beach parking lot',
        'the battery is dead, my name is Diaz',
      ],
      return_to_previous_agent: ['ok thank you', 'thanks, I will wait', 'that is all'],
    },
  });
}
