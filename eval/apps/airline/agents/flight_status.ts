import { defineAgent } from 'switchboard';
import { z } from 'zod';
import type { AirlineStore } from '../api/airline_store.js';
import { flightStatusTool } from '../tools/flight_status.js';
import type { AirlineUserData } from '../userdata.js';
import { PHONE_STYLE } from './style.js';

/** What flight status hands back to the agent that called it. */
export const StatusAnswer = z.object({
  answered: z.boolean().describe('True when the flight’s status was given.'),
  summary: z.string().describe('One sentence: the flight, its status and time, or why none was given.'),
});

export function flightStatus(store: AirlineStore) {
  return defineAgent<AirlineUserData>({
    id: 'flight_status',
    description: 'Flight status for today and tomorrow: on time, delayed, cancelled, and the gate.',
    instructions: `You are the Skyway Air flight status desk. Ask for the flight number (S K and three digits) and whether it is today or tomorrow, and call flight_status. Give the status, the time and the gate as the tool says. When the caller has their answer, or you cannot find the flight, call return_to_previous_agent with answered and a one-sentence summary. ${PHONE_STYLE}`,
    onEnter: 'Ask for the flight number and whether it flies today or tomorrow.',
    tools: { flight_status: flightStatusTool(store) },
    returns: StatusAnswer,
    examples: {
      flight_status: [
        'is SK 104 on time',
        'what is the status of flight 105 tomorrow',
        'is my flight delayed',
        'which gate does SK 201 leave from',
      ],
      return_to_previous_agent: ['ok thank you', 'thanks, that is all I needed', 'great, thanks'],
    },
  });
}
