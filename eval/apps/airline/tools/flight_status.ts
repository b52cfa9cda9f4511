// Flight status for today and tomorrow: on time, delayed with the new time, cancelled, and the gate.
import { llm } from '@livekit/agents';
import { z } from 'zod';
import { STATUS_NOTES } from '../api/airline_data.js';
import { routeOf, spokenFlight, spokenTime, type AirlineStore } from '../api/airline_store.js';
import { parseFlightNumber } from './spoken.js';

export function flightStatusTool(store: AirlineStore) {
  return llm.tool({
    description:
      'Say whether a Skyway Air flight today or tomorrow is on time, delayed (with the new time) or cancelled, and its gate.',
    parameters: z.object({
      flight_number: z
        .string()
        .describe('The flight number as the caller said it, like "SK 104" or "flight one oh four".'),
      day: z
        .enum(['today', 'tomorrow'])
        .default('today')
        .describe('today (tonight, this morning) or tomorrow. Default today.'),
    }),
    execute: async ({ flight_number, day }) => {
      const number = parseFlightNumber(flight_number);
      const f = number ? store.scheduled(number) : undefined;
      if (!f)
        throw new llm.ToolError(
          `"${flight_number}" is not a Skyway Air flight. Our flight numbers are S K and three digits, like SK 104; ask the caller to check the booking email.`,
        );
      const offset = day === 'tomorrow' ? 1 : 0;
      const date = store.dayAfter(offset);
      const note = STATUS_NOTES.find((n) => n.number === f.number && n.dayOffset === offset);
      const head = `${spokenFlight(f.number)} ${day}, ${routeOf(f)}`;
      if (note?.status === 'cancelled')
        return `${head}, is cancelled because of ${note.reason}. Passengers are rebooked automatically and get a text; a booking can also be moved for free.`;
      const departs = note?.newDeparture ?? f.departs;
      const [h, m] = departs.split(':').map(Number);
      const leaves = new Date(store.departure(f.number, date));
      leaves.setHours(h!, m!);
      if (offset === 0 && leaves.getTime() <= store.now().getTime())
        return `${head}, left at ${spokenTime(departs)} from gate ${f.gate}.`;
      if (note?.status === 'delayed')
        return `${head}, is delayed by ${note.reason}: it now leaves at ${spokenTime(departs)} instead of ${spokenTime(f.departs)}, from gate ${f.gate}.`;
      return `${head}, is on time: it leaves at ${spokenTime(f.departs)} from gate ${f.gate} and arrives at ${spokenTime(f.arrives)}.`;
    },
  });
}
