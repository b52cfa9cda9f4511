// What the desk knows during a call, shared by every agent, so nobody asks twice.
import { z } from 'zod';
import { CAR_CLASSES, PICKUP_TIMES } from './api/rental_data.js';

export const RentalUserData = z.object({
  callerName: z.string().trim().min(1).max(80).optional().describe('The caller’s name, as they said it.'),
  carClass: z.enum(CAR_CLASSES).optional().describe('economy, compact, midsize, suv, minivan or luxury.'),
  /** Set only by check_availability: the dates and time the quote is for ("YYYY-MM-DD"). */
  pickUpDate: z.string().optional(),
  returnDate: z.string().optional(),
  pickUpTime: z.enum(PICKUP_TIMES).optional(),
  /** Set only by check_availability: the quoted base price in cents. */
  quotedCents: z.number().int().optional(),
  /** Set only by reserve_car, or by a booking tool once reference and surname matched. */
  bookingRef: z.string().optional(),
  /** Set only by reserve_car. */
  phone: z.string().optional(),
  /** Set only by send_roadside_help. */
  roadsideCase: z.string().optional(),
  /** What the called roadside agent handed back. */
  resolved: z.boolean().optional(),
  summary: z.string().optional(),
  escalationReason: z.string().optional(),
  /** The human operator queue's ticket, when the caller was escalated. */
  operatorTicket: z.string().optional(),
});

export type RentalUserData = z.infer<typeof RentalUserData>;

/** Only tools may set these: a handoff cannot invent a quote, a verified booking or a roadside case. */
export const PROTECTED_FIELDS = [
  'pickUpDate',
  'returnDate',
  'pickUpTime',
  'quotedCents',
  'bookingRef',
  'phone',
  'roadsideCase',
] as const satisfies readonly (keyof RentalUserData)[];
