// What the shop knows about this call, shared by every agent. Handoffs and tools write it, and each
// agent sees the filled fields, so nobody asks the caller twice.
import { z } from 'zod';

/** The work the shop takes bookings for. */
export const SERVICES = [
  'flat_repair',
  'tune_up',
  'brake_service',
  'gear_service',
  'wheel_truing',
  'full_overhaul',
  'ebike_service',
] as const;
export type Service = (typeof SERVICES)[number];

/** The kinds of bike the mechanics work on. */
export const BIKE_TYPES = ['road', 'mountain', 'hybrid', 'ebike', 'kids', 'cargo'] as const;
export type BikeType = (typeof BIKE_TYPES)[number];

export const PARTS_OF_DAY = ['morning', 'afternoon', 'evening'] as const;

/** How callers name each service, for descriptions the agents read. */
export const SERVICE_WORDS =
  'flat_repair (flat tire, puncture, new tube), tune_up (service, tune, general check, annual service), brake_service (brakes squeal or do not stop, brake pads, bleed), gear_service (gears skip or slip, shifting, derailleur, new chain), wheel_truing (wobbly or bent wheel, broken spoke), full_overhaul (strip down and rebuild everything), ebike_service (e-bike motor, battery or display problem, e-bike check)';

export const BikeShopUserData = z.object({
  callerName: z.string().trim().min(1).max(80).optional().describe('The caller’s name, as they said it.'),
  phone: z.string().optional().describe('A ten-digit phone number for the booking.'),
  service: z.enum(SERVICES).optional().describe(SERVICE_WORDS),
  bikeType: z.enum(BIKE_TYPES).optional().describe('road, mountain, hybrid, ebike, kids or cargo.'),
  problem: z.string().max(300).optional().describe('What is wrong with the bike, in the caller’s words.'),
  /** Drop-off times find_dropoff_slots offered, as shop times "YYYY-MM-DDTHH:mm". */
  offeredSlots: z.array(z.string()).default([]),
  /** Set only by book_dropoff: the new repair ticket. */
  bookedTicket: z.string().optional(),
  /** Set only by book_dropoff. */
  dropoffAt: z.string().optional(),
  /** The ticket the caller asked about (check_repair_status). */
  ticketId: z.string().optional(),
  /** Set only by price_quote: the last quote in cents. */
  quotedCents: z.number().int().optional(),
  escalationReason: z.string().optional(),
  /** The human queue's ticket, when the caller asked for a mechanic. */
  operatorTicket: z.string().optional(),
});

export type BikeShopUserData = z.infer<typeof BikeShopUserData>;

/** Only tools may set these: a handoff cannot invent a booking or a quote. */
export const PROTECTED_FIELDS = [
  'bookedTicket',
  'dropoffAt',
  'quotedCents',
] as const satisfies readonly (keyof BikeShopUserData)[];
