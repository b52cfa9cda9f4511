// A mock of Skyway Air's reservation and baggage systems, in memory so the app runs offline.
import {
  AIRPORTS,
  addDays,
  dayKey,
  demoBagReports,
  demoBookings,
  freeSeatsFor,
  schedule,
  type BagReport,
  type Booking,
  type Flight,
  type ScheduledFlight,
} from './airline_data.js';

/** "YYYY-MM-DD" → local midnight. */
export function dateOf(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y!, m! - 1, d!);
}

/** "2025-03-14" → "Friday, March 14". */
export function spokenDate(day: string): string {
  return dateOf(day).toLocaleDateString('en-US', { weekday: 'long', month: 'long', day: 'numeric' });
}

/** "07:05" → "7:05 AM". */
export function spokenTime(hhmm: string): string {
  const [h, m] = hhmm.split(':').map(Number);
  return `${((h! + 11) % 12) + 1}:${String(m).padStart(2, '0')} ${h! < 12 ? 'AM' : 'PM'}`;
}

/** "SK101" → "SK 101", as the booking email prints it. */
export const spokenFlight = (number: string) => `SK ${number.slice(2)}`;

export const routeOf = (f: ScheduledFlight) => `${AIRPORTS[f.from]} to ${AIRPORTS[f.to]}`;

export class AirlineStore {
  readonly now: () => Date;
  readonly bookings: Booking[];
  readonly bagReports: BagReport[];
  readonly schedule: ScheduledFlight[];
  private readonly flights = new Map<string, Flight>();
  private nextFile = 30501;

  constructor(options: { now?: () => Date; bookings?: Booking[] } = {}) {
    this.now = options.now ?? (() => new Date());
    const at = this.now();
    this.bookings = options.bookings ?? demoBookings(at);
    this.bagReports = demoBagReports(at);
    this.schedule = schedule(at);
  }

  today(): string {
    return dayKey(this.now());
  }

  dayAfter(n: number): string {
    return dayKey(addDays(this.now(), n));
  }

  find(reference: string): Booking | undefined {
    return this.bookings.find((b) => b.reference === reference.toUpperCase());
  }

  scheduled(number: string): ScheduledFlight | undefined {
    return this.schedule.find((f) => f.number === number.toUpperCase());
  }

  /** One flight on one day, with its free seats (seats held by bookings are never free). */
  flight(number: string, day: string): Flight {
    const key = `${number}|${day}`;
    let f = this.flights.get(key);
    if (!f) {
      const held = new Set(
        this.bookings
          .filter((b) => b.status === 'confirmed' && b.flight === number && b.day === day && b.seat)
          .map((b) => b.seat),
      );
      f = { number, day, freeSeats: freeSeatsFor(number, day, this.now()).filter((s) => !held.has(s)) };
      this.flights.set(key, f);
    }
    return f;
  }

  /** The flights of a route, by departure time (every flight flies daily). */
  flightsOn(from: string, to: string): ScheduledFlight[] {
    return this.schedule
      .filter((f) => f.from === from && f.to === to)
      .sort((a, b) => a.departs.localeCompare(b.departs));
  }

  /** When a flight leaves, as a local instant. */
  departure(number: string, day: string): Date {
    const at = dateOf(day);
    const [h, m] = this.scheduled(number)!.departs.split(':').map(Number);
    at.setHours(h!, m!);
    return at;
  }

  hoursUntil(number: string, day: string): number {
    return (this.departure(number, day).getTime() - this.now().getTime()) / 3_600_000;
  }

  /** Take a seat on a flight, giving back the seat the booking held before. */
  moveSeat(booking: Booking, seat: string | undefined, to: Flight): void {
    if (seat) to.freeSeats = to.freeSeats.filter((s) => s !== seat);
    if (booking.seat) {
      const from = this.flight(booking.flight, booking.day);
      if (!from.freeSeats.includes(booking.seat)) from.freeSeats.push(booking.seat);
    }
    booking.seat = seat;
  }

  bagReport(file: string): BagReport | undefined {
    return this.bagReports.find((r) => r.file === file.toUpperCase());
  }

  openBagReport(report: Omit<BagReport, 'file' | 'openedOn' | 'status' | 'note'>): BagReport {
    const filed: BagReport = {
      ...report,
      file: `BR-${this.nextFile++}`,
      openedOn: this.today(),
      status: 'searching',
      note: 'The baggage team is tracing it and calls within two days.',
    };
    this.bagReports.push(filed);
    return filed;
  }
}
