// A mock of the branch's reservation system, in memory so the app runs offline. Dates are the
// branch's local calendar days, written "YYYY-MM-DD".
import {
  CLASS_INFO,
  EXTRA_INFO,
  demoBookings,
  fleetBlocks,
  type Booking,
  type CarClass,
  type Extra,
  type PickUpTime,
} from './rental_data.js';

export interface RoadsideCase {
  id: string;
  reference: string;
  problem: string;
  location: string;
  details?: string;
  callbackPhone: string;
  etaMinutes: number;
}

/** "YYYY-MM-DD" → local midnight. */
export function dateOf(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y!, m! - 1, d!);
}

/** Whole days from pick-up to return (a same-day return counts as one day). */
export function rentalDays(pickUp: string, ret: string): number {
  return Math.max(1, Math.round((dateOf(ret).getTime() - dateOf(pickUp).getTime()) / 86_400_000));
}

/** "2025-03-14" → "Friday, March 14". */
export function spokenDay(day: string): string {
  return dateOf(day).toLocaleDateString('en-US', { weekday: 'long', month: 'long', day: 'numeric' });
}

export class RentalDesk {
  readonly now: () => Date;
  readonly bookings: Booking[];
  readonly roadsideCases: RoadsideCase[] = [];
  readonly messages: { reference: string; to: string; text: string }[] = [];
  private readonly blocks: ReturnType<typeof fleetBlocks>;
  private nextRef = 8101;
  private nextCase = 301;

  constructor(options: { now?: () => Date; bookings?: Booking[] } = {}) {
    this.now = options.now ?? (() => new Date());
    this.bookings = options.bookings ?? demoBookings(this.now());
    this.blocks = fleetBlocks(this.now());
  }

  find(reference: string): Booking | undefined {
    return this.bookings.find((b) => b.reference === reference.toUpperCase());
  }

  /** The driver's rental that is on the road now, by surname. */
  onRentFor(lastName: string): Booking[] {
    const wanted = lastName.trim().toLowerCase();
    return this.bookings.filter(
      (b) => b.status === 'on_rent' && b.driverName.toLowerCase().split(/\s+/).at(-1) === wanted,
    );
  }

  /** Cars of a class still free on every day from pick-up to return, leaving out one booking (when changing it). */
  carsFree(carClass: CarClass, pickUp: string, ret: string, except?: string): number {
    const overlaps = (from: string, to: string) => from <= ret && to >= pickUp;
    const booked = this.bookings.filter(
      (b) =>
        b.reference !== except &&
        b.carClass === carClass &&
        (b.status === 'reserved' || b.status === 'on_rent') &&
        overlaps(b.pickUpDate, b.returnDate),
    ).length;
    const blocked = this.blocks
      .filter((x) => x.carClass === carClass && overlaps(x.from, x.to))
      .reduce((n, x) => n + x.cars, 0);
    return Math.max(0, CLASS_INFO[carClass].fleet - booked - blocked);
  }

  /** Base price: the class's daily rate times the days, plus extras per day. */
  priceCents(carClass: CarClass, pickUp: string, ret: string, extras: Partial<Record<Extra, number>> = {}): number {
    const days = rentalDays(pickUp, ret);
    const extrasPerDay = Object.entries(extras).reduce(
      (sum, [extra, count]) => sum + EXTRA_INFO[extra as Extra].dailyRateCents * (count ?? 0),
      0,
    );
    return days * (CLASS_INFO[carClass].dailyRateCents + extrasPerDay);
  }

  reserve(input: {
    driverName: string;
    phone: string;
    carClass: CarClass;
    pickUpDate: string;
    returnDate: string;
    pickUpTime: PickUpTime;
  }): Booking {
    if (this.carsFree(input.carClass, input.pickUpDate, input.returnDate) < 1) {
      throw new Error(`no ${input.carClass} free from ${input.pickUpDate} to ${input.returnDate}`);
    }
    const booking: Booking = {
      reference: `RT-${this.nextRef++}`,
      ...input,
      status: 'reserved',
      extras: {},
      depositCents: CLASS_INFO[input.carClass].depositCents,
      deposit: 'not_taken',
    };
    this.bookings.push(booking);
    return booking;
  }

  openRoadsideCase(input: Omit<RoadsideCase, 'id' | 'etaMinutes'>, etaMinutes: number): RoadsideCase {
    const found: RoadsideCase = { id: `RS-${this.nextCase++}`, ...input, etaMinutes };
    this.roadsideCases.push(found);
    return found;
  }

  text(reference: string, to: string, text: string): void {
    this.messages.push({ reference, to, text });
  }
}
