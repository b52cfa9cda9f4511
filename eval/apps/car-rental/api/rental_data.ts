// Demo records for the mock rental desk. Dates are computed from the desk's clock, so the demo
// bookings are always "next week", "on rent now" or "returned last week", whatever today is.
// Replace RentalDesk with calls to your real reservation system; the tools only use its methods.

export const CAR_CLASSES = ['economy', 'compact', 'midsize', 'suv', 'minivan', 'luxury'] as const;
export type CarClass = (typeof CAR_CLASSES)[number];

export const EXTRAS = ['child_seat', 'gps', 'additional_driver', 'toll_pass', 'snow_chains'] as const;
export type Extra = (typeof EXTRAS)[number];

export const PICKUP_TIMES = ['morning', 'afternoon', 'evening'] as const;
export type PickUpTime = (typeof PICKUP_TIMES)[number];

export interface ClassInfo {
  /** How the agent says it. */
  label: string;
  example: string;
  dailyRateCents: number;
  depositCents: number;
  /** Cars of this class at the branch. */
  fleet: number;
}

export const CLASS_INFO: Record<CarClass, ClassInfo> = {
  economy: { label: 'economy', example: 'a Kia Rio or similar', dailyRateCents: 3900, depositCents: 20000, fleet: 6 },
  compact: {
    label: 'compact',
    example: 'a Toyota Corolla or similar',
    dailyRateCents: 4500,
    depositCents: 20000,
    fleet: 6,
  },
  midsize: {
    label: 'midsize',
    example: 'a Honda Accord or similar',
    dailyRateCents: 5500,
    depositCents: 25000,
    fleet: 5,
  },
  suv: { label: 'SUV', example: 'a Ford Explorer or similar', dailyRateCents: 7900, depositCents: 30000, fleet: 4 },
  minivan: {
    label: 'minivan',
    example: 'a Chrysler Pacifica or similar',
    dailyRateCents: 8900,
    depositCents: 30000,
    fleet: 2,
  },
  luxury: {
    label: 'luxury',
    example: 'a BMW 5 Series or similar',
    dailyRateCents: 14900,
    depositCents: 50000,
    fleet: 2,
  },
};

export interface ExtraInfo {
  label: string;
  dailyRateCents: number;
  /** Most that fit on one rental. */
  max: number;
  /** Only these classes can take it; unset means every class. */
  onlyFor?: CarClass[];
}

export const EXTRA_INFO: Record<Extra, ExtraInfo> = {
  child_seat: { label: 'child seat', dailyRateCents: 1200, max: 3 },
  gps: { label: 'GPS unit', dailyRateCents: 1000, max: 1 },
  additional_driver: { label: 'additional driver', dailyRateCents: 1500, max: 2 },
  toll_pass: { label: 'toll pass', dailyRateCents: 600, max: 1 },
  snow_chains: { label: 'set of snow chains', dailyRateCents: 800, max: 1, onlyFor: ['suv', 'minivan'] },
};

/** The branch hands cars over at these local times. */
export const PICKUP_HOURS: Record<PickUpTime, number> = { morning: 9, afternoon: 13, evening: 18 };

export const BRANCH = 'Harbor City Airport branch';
/** Rentals are booked up to this far ahead, and last at most this long. */
export const BOOKING_WINDOW_DAYS = 180;
export const MAX_RENTAL_DAYS = 30;
/** Free cancellation until this many hours before pick-up; later, LATE_CANCEL_FEE_CENTS. */
export const FREE_CANCEL_HOURS = 24;
export const LATE_CANCEL_FEE_CENTS = 5000;

export type BookingStatus = 'reserved' | 'on_rent' | 'returned' | 'cancelled';

export interface DamageClaim {
  id: string;
  description: string;
  amountCents: number;
  status: 'under_review' | 'charged' | 'waived';
}

export interface Booking {
  reference: string;
  driverName: string;
  phone: string;
  carClass: CarClass;
  /** Local dates "YYYY-MM-DD". */
  pickUpDate: string;
  returnDate: string;
  pickUpTime: PickUpTime;
  status: BookingStatus;
  extras: Partial<Record<Extra, number>>;
  depositCents: number;
  /** held (card authorised), released, or partly_withheld (a damage claim is open or charged). */
  deposit: 'not_taken' | 'held' | 'released' | 'partly_withheld';
  depositReleasedOn?: string;
  damage?: DamageClaim;
  /** Licence plate of the car on rent. */
  plate?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
export const dayKey = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const plus = (now: Date, days: number) => dayKey(new Date(now.getFullYear(), now.getMonth(), now.getDate() + days));

/** The demo bookings, relative to today. */
export function demoBookings(now: Date): Booking[] {
  return [
    {
      reference: 'RT-4821',
      driverName: 'Dana Whitfield',
      phone: '4155550142',
      carClass: 'midsize',
      pickUpDate: plus(now, 5),
      returnDate: plus(now, 9),
      pickUpTime: 'morning',
      status: 'reserved',
      extras: {},
      depositCents: CLASS_INFO.midsize.depositCents,
      deposit: 'not_taken',
    },
    {
      reference: 'RT-7012',
      driverName: 'Lena Park',
      phone: '4155550178',
      carClass: 'minivan',
      pickUpDate: plus(now, 1),
      returnDate: plus(now, 4),
      pickUpTime: 'morning',
      status: 'reserved',
      extras: { child_seat: 2 },
      depositCents: CLASS_INFO.minivan.depositCents,
      deposit: 'not_taken',
    },
    {
      reference: 'RT-5307',
      driverName: 'Marco Diaz',
      phone: '4155550199',
      carClass: 'suv',
      pickUpDate: plus(now, -2),
      returnDate: plus(now, 3),
      pickUpTime: 'afternoon',
      status: 'on_rent',
      extras: { gps: 1 },
      depositCents: CLASS_INFO.suv.depositCents,
      deposit: 'held',
      plate: '7KPX 412',
    },
    {
      reference: 'RT-3954',
      driverName: 'Priya Shah',
      phone: '4155550123',
      carClass: 'compact',
      pickUpDate: plus(now, -9),
      returnDate: plus(now, -5),
      pickUpTime: 'morning',
      status: 'returned',
      extras: {},
      depositCents: CLASS_INFO.compact.depositCents,
      deposit: 'partly_withheld',
      damage: {
        id: 'DC-771',
        description: 'a long scratch on the rear bumper',
        amountCents: 15000,
        status: 'under_review',
      },
    },
    {
      reference: 'RT-6140',
      driverName: 'Tom Becker',
      phone: '4155550155',
      carClass: 'economy',
      pickUpDate: plus(now, -14),
      returnDate: plus(now, -10),
      pickUpTime: 'evening',
      status: 'returned',
      extras: {},
      depositCents: CLASS_INFO.economy.depositCents,
      deposit: 'released',
      depositReleasedOn: plus(now, -8),
    },
    {
      reference: 'RT-2290',
      driverName: 'Ann Lee',
      phone: '4155550111',
      carClass: 'luxury',
      pickUpDate: plus(now, 12),
      returnDate: plus(now, 15),
      pickUpTime: 'afternoon',
      status: 'cancelled',
      extras: {},
      depositCents: CLASS_INFO.luxury.depositCents,
      deposit: 'not_taken',
    },
  ];
}

/** Other customers' reservations that fill the fleet: both minivans are out over the coming weekend. */
export function fleetBlocks(now: Date): { carClass: CarClass; from: string; to: string; cars: number }[] {
  const saturday = (6 - now.getDay() + 7) % 7 || 7;
  return [
    { carClass: 'minivan', from: plus(now, saturday - 1), to: plus(now, saturday + 1), cars: 2 },
    { carClass: 'luxury', from: plus(now, 0), to: plus(now, 2), cars: 2 },
  ];
}

/** "a midsize", "an economy", "an SUV": a class with its article, as said aloud. */
export function aClass(c: CarClass): string {
  const label = CLASS_INFO[c].label;
  return `${/^(?:[aeiou]|SUV)/i.test(label) ? 'an' : 'a'} ${label}`;
}
