// Demo records for Spoke & Chain's shop system. Replace the Shop class (api/shop.ts) with calls to
// your real point-of-sale and workshop board; the tools only depend on its methods.
import type { BikeType, Service } from '../userdata.js';

export const SHOP_NAME = 'Spoke & Chain';

/** Service menu: base price in cents and usual turnaround in working days (0 = same day). */
export const SERVICE_MENU: Record<Service, { label: string; cents: number; days: number }> = {
  flat_repair: { label: 'flat repair', cents: 1500, days: 0 },
  tune_up: { label: 'tune-up', cents: 8900, days: 2 },
  brake_service: { label: 'brake service', cents: 4500, days: 1 },
  gear_service: { label: 'gear service', cents: 5500, days: 1 },
  wheel_truing: { label: 'wheel truing', cents: 3000, days: 1 },
  full_overhaul: { label: 'full overhaul', cents: 22000, days: 5 },
  ebike_service: { label: 'e-bike service', cents: 12900, days: 3 },
};

/** Added to every service for heavier or special bikes, in cents. */
export const BIKE_SURCHARGE: Record<BikeType, number> = {
  road: 0,
  mountain: 0,
  hybrid: 0,
  ebike: 2000,
  kids: -500,
  cargo: 2500,
};

export const BIKE_LABEL: Record<BikeType, string> = {
  road: 'road bike',
  mountain: 'mountain bike',
  hybrid: 'hybrid',
  ebike: 'e-bike',
  kids: 'kids’ bike',
  cargo: 'cargo bike',
};

/** Drop-off hours per weekday (0 = Sunday): first and last drop-off hour; closed Mondays. */
export const DROPOFF_HOURS: Record<number, { first: number; last: number } | undefined> = {
  0: { first: 10, last: 15 },
  1: undefined,
  2: { first: 9, last: 17 },
  3: { first: 9, last: 17 },
  4: { first: 9, last: 17 },
  5: { first: 9, last: 17 },
  6: { first: 9, last: 16 },
};

/** Our e-bike technician works Tuesday to Friday. */
export const EBIKE_DAYS = [2, 3, 4, 5];
/** How far ahead drop-offs are booked. */
export const BOOKING_WINDOW_DAYS = 21;
/** Bikes one drop-off booking can cover; more is a fleet job for a mechanic. */
export const MAX_BIKES_PER_BOOKING = 3;
/** Bikes one phone quote can cover. */
export const MAX_BIKES_PER_QUOTE = 5;

export type TicketStatus = 'booked' | 'in_progress' | 'waiting_for_parts' | 'awaiting_approval' | 'ready' | 'collected';

export interface RepairTicket {
  id: string;
  customerName: string;
  phone: string;
  bike: string;
  service: Service;
  status: TicketStatus;
  /** Days from today the bike is (or was) promised for; dates move with the clock. */
  readyInDays: number;
  balanceCents: number;
  note?: string;
  /** Extra work the mechanic found and the customer must approve first. */
  extraWork?: { description: string; cents: number };
  /** Drop-off time for a booking not yet brought in ("YYYY-MM-DDTHH:mm"). */
  dropoffAt?: string;
}

export const DEMO_TICKETS: RepairTicket[] = [
  {
    id: 'SC-4821',
    customerName: 'Maya Brooks',
    phone: '5035550142',
    bike: 'Trek Domane road bike',
    service: 'tune_up',
    status: 'ready',
    readyInDays: 0,
    balanceCents: 8900,
  },
  {
    id: 'SC-4822',
    customerName: 'Leo Martinez',
    phone: '5035550187',
    bike: 'Specialized Turbo Vado e-bike',
    service: 'ebike_service',
    status: 'waiting_for_parts',
    readyInDays: 3,
    balanceCents: 14900,
    note: 'A new Bosch speed sensor is on order',
  },
  {
    id: 'SC-4830',
    customerName: 'Hannah Cole',
    phone: '5035550123',
    bike: 'Giant Talon mountain bike',
    service: 'brake_service',
    status: 'awaiting_approval',
    readyInDays: 1,
    balanceCents: 4500,
    extraWork: { description: 'the rear brake rotor is bent and should be replaced', cents: 4500 },
  },
  {
    id: 'SC-4835',
    customerName: 'Omar Haddad',
    phone: '5035550199',
    bike: 'Tern GSD cargo bike',
    service: 'full_overhaul',
    status: 'in_progress',
    readyInDays: 2,
    balanceCents: 24500,
  },
  {
    id: 'SC-4790',
    customerName: 'Grace Kim',
    phone: '5035550111',
    bike: 'Brompton folding bike',
    service: 'gear_service',
    status: 'collected',
    readyInDays: -6,
    balanceCents: 0,
  },
];

/** Answers to common questions: the words that pick each one, and the answer read to the caller. */
export const SHOP_FAQ: { topic: string; words: string[]; answer: string }[] = [
  {
    topic: 'hours',
    words: ['hour', 'open', 'close', 'closing', 'opening', 'monday', 'sunday', 'weekend', 'when are you'],
    answer:
      'We are open Tuesday to Friday 9 AM to 6 PM, Saturday 9 AM to 5 PM and Sunday 10 AM to 4 PM. We are closed on Mondays.',
  },
  {
    topic: 'location',
    words: ['where', 'address', 'located', 'parking', 'park', 'directions', 'find you'],
    answer:
      'We are at 418 Alder Street, next to the Alder Street light-rail stop. There is free bike parking out front and two short-stay car spaces behind the shop.',
  },
  {
    topic: 'e-bikes',
    words: ['e-bike', 'ebike', 'electric', 'motor', 'battery', 'bosch', 'shimano steps', 'conversion'],
    answer:
      'We service e-bikes with Bosch, Shimano Steps and Brose motors, Tuesday to Friday when our e-bike technician is in. We do not work on home conversion kits or repair battery cells; we can test a battery and order a replacement.',
  },
  {
    topic: 'parts',
    words: ['part', 'tube', 'tire', 'tyre', 'chain', 'pads', 'stock', 'order', 'cassette', 'saddle', 'sell'],
    answer:
      'We keep tubes, tires, chains, brake pads, cables and lights in stock. Other parts we order in, usually within two to three working days, and we call you when they arrive.',
  },
  {
    topic: 'walk-ins',
    words: ['walk in', 'walk-in', 'without booking', 'without an appointment', 'same day', 'while i wait', 'today'],
    answer:
      'Flat repairs are done while you wait if a mechanic is free, usually within half an hour. Everything else is best booked as a drop-off so a mechanic has your bike first thing.',
  },
  {
    topic: 'payment',
    words: ['pay', 'payment', 'card', 'cash', 'deposit', 'apple pay'],
    answer:
      'You pay when you collect the bike, by card, cash or phone. There is no deposit, except for special-order parts.',
  },
  {
    topic: 'warranty',
    words: ['warranty', 'guarantee', 'still broken', 'came back'],
    answer:
      'All our labour is guaranteed for 30 days: if the same problem comes back, bring the bike in and we fix it free.',
  },
  {
    topic: 'storage',
    words: ['storage', 'pick up late', 'collect late', 'how long can', 'leave it'],
    answer: 'Bikes can stay a week after they are ready at no charge; after that storage is 5 dollars a day.',
  },
];
