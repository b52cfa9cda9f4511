// What the Skyway Air line knows during a call, shared by every agent, so nobody asks twice.
import { z } from 'zod';
import { FARE_CLASSES } from './api/airline_data.js';

export const AirlineUserData = z.object({
  callerName: z.string().trim().min(1).max(80).optional().describe('The caller’s name, as they said it.'),
  /** The fare the caller asked about at the front desk, before any booking was found. */
  fareClass: z.enum(FARE_CLASSES).optional().describe('basic, standard or flex.'),
  /** Set only by a booking tool, once reference and last name matched. */
  bookingRef: z.string().optional(),
  /** Set only by search_flights: the day whose flights were just offered ("YYYY-MM-DD"). */
  searchedDay: z.string().optional(),
  /** Set only by report_delayed_bag or track_bag. */
  bagFile: z.string().optional(),
  /** What the called flight status desk handed back. */
  answered: z.boolean().optional(),
  summary: z.string().optional(),
  escalationReason: z.string().optional(),
  /** The human operator queue's ticket, when the caller was escalated. */
  operatorTicket: z.string().optional(),
});

export type AirlineUserData = z.infer<typeof AirlineUserData>;

/** Only tools may set these: a handoff cannot invent a verified booking, a search or a bag file. */
export const PROTECTED_FIELDS = [
  'bookingRef',
  'searchedDay',
  'bagFile',
] as const satisfies readonly (keyof AirlineUserData)[];
