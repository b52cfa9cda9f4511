// Skyway Air's demo data: fares, the schedule, bookings and bag reports. Every date is counted from
// the clock, so the demo works on any day. Days are local calendar days written "YYYY-MM-DD", times
// are local "HH:MM".

export const FARE_CLASSES = ['basic', 'standard', 'flex'] as const;
export type FareClass = (typeof FARE_CLASSES)[number];

export interface FareRules {
  label: string;
  /** Checked bags (23 kg each) included in the fare. */
  bagsIncluded: number;
  /** null: the fare cannot be changed. */
  changeFeeCents: number | null;
  /** What a cancellation gives back. */
  cancel: 'none' | 'credit_less_fee' | 'full_refund';
  /** Seat choice before check-in is free on this fare (else a seat costs SEAT_FEE_CENTS). */
  freeSeat: boolean;
}

export const FARES: Record<FareClass, FareRules> = {
  basic: { label: 'Basic', bagsIncluded: 0, changeFeeCents: null, cancel: 'none', freeSeat: false },
  standard: { label: 'Standard', bagsIncluded: 1, changeFeeCents: 7500, cancel: 'credit_less_fee', freeSeat: true },
  flex: { label: 'Flex', bagsIncluded: 2, changeFeeCents: 0, cancel: 'full_refund', freeSeat: true },
};

/** Kept from a Standard fare's credit when it is cancelled. */
export const CANCEL_FEE_CENTS = 5000;
/** A seat chosen in advance on a Basic fare. */
export const SEAT_FEE_CENTS = 1500;
/** Each checked bag added by phone, beyond the fare's own. */
export const BAG_PRICE_CENTS = 3500;
/** Most checked bags on one booking. */
export const MAX_BAGS = 3;
/** No changes, cancellations or seat moves this close to departure. */
export const CLOSE_TO_DEPARTURE_HOURS = 2;
/** A Skyway Air travel credit is good for a year. */
export const CREDIT_VALID_MONTHS = 12;

export const AIRPORTS: Record<string, string> = {
  PDX: 'Portland',
  BOI: 'Boise',
  GEG: 'Spokane',
  MFR: 'Medford',
};

export interface ScheduledFlight {
  /** "SK101". */
  number: string;
  from: keyof typeof AIRPORTS;
  to: keyof typeof AIRPORTS;
  /** Local departure and arrival, "HH:MM". */
  departs: string;
  arrives: string;
  /** A one-way fare in this flight's Standard cabin, used to quote travel credits. */
  fareCents: number;
  gate: string;
}

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * Flights every day. SK301 to Medford leaves 90 minutes after the clock's time (rounded to five
 * minutes), so there is always a flight "too close to departure" to change.
 */
export function schedule(now: Date): ScheduledFlight[] {
  const soon = Math.ceil((now.getHours() * 60 + now.getMinutes() + 90) / 5) * 5;
  return [
    { number: 'SK101', from: 'PDX', to: 'BOI', departs: '07:00', arrives: '09:25', fareCents: 18900, gate: 'C4' },
    { number: 'SK103', from: 'PDX', to: 'BOI', departs: '12:30', arrives: '14:55', fareCents: 16900, gate: 'C6' },
    { number: 'SK105', from: 'PDX', to: 'BOI', departs: '18:15', arrives: '20:40', fareCents: 17900, gate: 'C4' },
    { number: 'SK102', from: 'BOI', to: 'PDX', departs: '10:10', arrives: '10:45', fareCents: 18900, gate: 'A2' },
    { number: 'SK104', from: 'BOI', to: 'PDX', departs: '15:40', arrives: '16:15', fareCents: 16900, gate: 'A3' },
    { number: 'SK106', from: 'BOI', to: 'PDX', departs: '21:20', arrives: '21:55', fareCents: 15900, gate: 'A2' },
    { number: 'SK201', from: 'PDX', to: 'GEG', departs: '08:45', arrives: '09:55', fareCents: 14900, gate: 'C2' },
    { number: 'SK203', from: 'PDX', to: 'GEG', departs: '17:05', arrives: '18:15', fareCents: 13900, gate: 'C2' },
    { number: 'SK202', from: 'GEG', to: 'PDX', departs: '10:40', arrives: '11:50', fareCents: 14900, gate: '12' },
    { number: 'SK204', from: 'GEG', to: 'PDX', departs: '19:00', arrives: '20:10', fareCents: 13900, gate: '14' },
    {
      number: 'SK301',
      from: 'PDX',
      to: 'MFR',
      departs: hhmm(soon),
      arrives: hhmm(soon + 65),
      fareCents: 12900,
      gate: 'D1',
    },
    { number: 'SK302', from: 'MFR', to: 'PDX', departs: '06:20', arrives: '07:25', fareCents: 12900, gate: '3' },
  ];
}

/** Seats on the Q400: rows 1–18, A and D are windows, B and C aisles (two and two). */
export const SEAT_KIND: Record<string, 'window' | 'aisle'> = { A: 'window', B: 'aisle', C: 'aisle', D: 'window' };

export interface Flight {
  /** A scheduled flight on one day. */
  number: string;
  day: string;
  /** The few seats still free (all others are taken). Empty: the flight is full. */
  freeSeats: string[];
}

export interface Booking {
  /** Six letters and digits, "K7QX2M". */
  reference: string;
  /** Passenger's full name. */
  passenger: string;
  flight: string;
  day: string;
  fare: FareClass;
  /** What the ticket cost, the base of a credit or refund. */
  paidCents: number;
  seat?: string;
  /** Checked bags on the booking, those the fare includes and those bought. */
  bags: number;
  /** Bag tags printed at check-in, for trips already flown. */
  bagTags: string[];
  status: 'confirmed' | 'cancelled';
  phone: string;
}

export const BAG_REPORT_STATUSES = ['searching', 'located', 'out_for_delivery', 'delivered'] as const;

export interface BagReport {
  /** "BR-30417". */
  file: string;
  reference: string;
  tag: string;
  description: string;
  address: string;
  status: (typeof BAG_REPORT_STATUSES)[number];
  /** A sentence about where the bag is, for the caller. */
  note: string;
  openedOn: string;
}

/** Today's and tomorrow's disruptions; every other flight runs on time. */
export interface StatusNote {
  number: string;
  /** 0 today, 1 tomorrow. */
  dayOffset: 0 | 1;
  status: 'delayed' | 'cancelled';
  newDeparture?: string;
  reason: string;
}

export const STATUS_NOTES: StatusNote[] = [
  { number: 'SK104', dayOffset: 0, status: 'delayed', newDeparture: '16:50', reason: 'a late incoming aircraft' },
  { number: 'SK203', dayOffset: 1, status: 'cancelled', reason: 'a crew shortage' },
  { number: 'SK105', dayOffset: 1, status: 'delayed', newDeparture: '19:05', reason: 'weather in Boise' },
];

export const dayKey = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

export const addDays = (d: Date, n: number) => new Date(d.getFullYear(), d.getMonth(), d.getDate() + n);

/** The demo bookings, their flights relative to today. */
export function demoBookings(now: Date): Booking[] {
  const inDays = (n: number) => dayKey(addDays(now, n));
  return [
    {
      reference: 'K7QX2M',
      passenger: 'Dana Whitfield',
      flight: 'SK101',
      day: inDays(3),
      fare: 'standard',
      paidCents: 18900,
      seat: '4C',
      bags: 1,
      bagTags: [],
      status: 'confirmed',
      phone: '4155550142',
    },
    {
      reference: 'R4TN8B',
      passenger: 'Marcus Lee',
      flight: 'SK104',
      day: inDays(1),
      fare: 'basic',
      paidCents: 9900,
      bags: 0,
      bagTags: [],
      status: 'confirmed',
      phone: '2085550177',
    },
    {
      reference: 'F9LW3C',
      passenger: 'Priya Nair',
      flight: 'SK201',
      day: inDays(6),
      fare: 'flex',
      paidCents: 24900,
      seat: '2A',
      bags: 2,
      bagTags: [],
      status: 'confirmed',
      phone: '5035550163',
    },
    {
      reference: 'H2VD6P',
      passenger: 'Tom Becker',
      flight: 'SK301',
      day: inDays(0),
      fare: 'standard',
      paidCents: 12900,
      seat: '9B',
      bags: 1,
      bagTags: [],
      status: 'confirmed',
      phone: '5415550110',
    },
    {
      reference: 'M5JC8Z',
      passenger: 'Ann Okafor',
      flight: 'SK202',
      day: inDays(-1),
      fare: 'standard',
      paidCents: 14900,
      seat: '11D',
      bags: 2,
      bagTags: ['SK482913', 'SK482914'],
      status: 'confirmed',
      phone: '5095550188',
    },
    {
      reference: 'W6GZ9K',
      passenger: 'Sam Rivera',
      flight: 'SK103',
      day: inDays(-2),
      fare: 'basic',
      paidCents: 9900,
      bags: 1,
      bagTags: ['SK481777'],
      status: 'confirmed',
      phone: '2085550121',
    },
    {
      reference: 'T8PB4Y',
      passenger: 'Luis Ortega',
      flight: 'SK105',
      day: inDays(9),
      fare: 'standard',
      paidCents: 17900,
      bags: 1,
      bagTags: [],
      status: 'cancelled',
      phone: '2065550135',
    },
  ];
}

/**
 * The few free seats per flight and day. SK103 is full on the day Dana Whitfield might move to
 * (in 3 days) and SK102 tomorrow; everything else has a handful of seats.
 */
export function freeSeatsFor(number: string, day: string, now: Date): string[] {
  const full = [`SK103|${dayKey(addDays(now, 3))}`, `SK102|${dayKey(addDays(now, 1))}`];
  if (full.includes(`${number}|${day}`)) return [];
  const digits = Number(number.slice(2)) + Number(day.slice(8));
  const rows = [3, 6, 8, 12, 15].map((r) => ((r + digits) % 18) + 1);
  const letters = ['A', 'C', 'D', 'B', 'A'];
  return rows.map((r, i) => `${r}${letters[i]}`);
}

export function demoBagReports(now: Date): BagReport[] {
  return [
    {
      file: 'BR-30417',
      reference: 'M5JC8Z',
      tag: 'SK482913',
      description: 'black hard-shell suitcase with a red strap',
      address: '2140 NW Flanders Street, Portland',
      status: 'located',
      note: 'It was found in Spokane and flies to Portland on SK204 tonight; a courier delivers it tomorrow morning.',
      openedOn: dayKey(addDays(now, -1)),
    },
    {
      file: 'BR-30422',
      reference: 'W6GZ9K',
      tag: 'SK481777',
      description: 'green duffel bag',
      address: '88 Lakeview Drive, Boise',
      status: 'searching',
      note: 'It has not been scanned since Portland; the baggage team is tracing it and calls within two days.',
      openedOn: dayKey(addDays(now, -2)),
    },
  ];
}
