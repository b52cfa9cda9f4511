// What the desk knows during a call, shared by every agent, so nobody asks twice.
import { z } from 'zod';
import { ROOM_TYPES } from './api/hotel_data.js';

export const HotelUserData = z.object({
  callerName: z.string().trim().min(1).max(80).optional().describe('The caller’s name, as they said it.'),
  roomType: z.enum(ROOM_TYPES).optional().describe('queen, king, family_suite or lake_suite.'),
  guests: z.number().int().min(1).max(8).optional().describe('How many people will stay, children included.'),
  /** Set only by check_availability: the stay the quote is for ("YYYY-MM-DD"). */
  checkIn: z.string().optional(),
  checkOut: z.string().optional(),
  /** Set only by check_availability: the quoted room price in cents, before extras. */
  quotedCents: z.number().int().optional(),
  /** Set only by book_room, or by a booking tool once the code and surname matched. */
  bookingCode: z.string().optional(),
  /** Set only by book_room. */
  phone: z.string().optional(),
  /** Set only by a guest-services tool once the room number and surname matched. */
  roomNumber: z.string().optional(),
  /** Set only by request_service / schedule_wake_up. */
  serviceTicket: z.string().optional(),
  wakeUpCall: z.string().optional(),
  /** What the called guest_services agent handed back. */
  resolved: z.boolean().optional(),
  summary: z.string().optional(),
  escalationReason: z.string().optional(),
  /** The duty manager queue's ticket, when the caller was escalated. */
  operatorTicket: z.string().optional(),
});

export type HotelUserData = z.infer<typeof HotelUserData>;

/** Only tools may set these: a handoff cannot invent a quote, a verified booking or a room. */
export const PROTECTED_FIELDS = [
  'checkIn',
  'checkOut',
  'quotedCents',
  'bookingCode',
  'phone',
  'roomNumber',
  'serviceTicket',
  'wakeUpCall',
] as const satisfies readonly (keyof HotelUserData)[];
