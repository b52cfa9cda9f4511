// A mock of the hotel's front-office system, in memory so the app runs offline. Days are the
// hotel's local calendar days, written "YYYY-MM-DD"; a stay's nights run from check-in to the
// night before check-out.
import {
  EXTRA_INFO,
  ROOM_INFO,
  demoBookings,
  roomBlocks,
  type Booking,
  type Extra,
  type RoomType,
} from './hotel_data.js';

export interface ServiceTicket {
  id: string;
  room: string;
  kind: string;
  details: string;
  etaMinutes: number;
}

export interface WakeUpCall {
  id: string;
  room: string;
  /** Local time "YYYY-MM-DD HH:MM". */
  at: string;
}

/** "YYYY-MM-DD" → local midnight. */
export function dateOf(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y!, m! - 1, d!);
}

/** Nights from check-in to check-out. */
export function nightsOf(checkIn: string, checkOut: string): number {
  return Math.round((dateOf(checkOut).getTime() - dateOf(checkIn).getTime()) / 86_400_000);
}

/** "2025-03-14" → "Friday, March 14". */
export function spokenDay(day: string): string {
  return dateOf(day).toLocaleDateString('en-US', { weekday: 'long', month: 'long', day: 'numeric' });
}

export class HotelDesk {
  readonly now: () => Date;
  readonly bookings: Booking[];
  readonly tickets: ServiceTicket[] = [];
  readonly wakeUps: WakeUpCall[] = [];
  readonly messages: { code: string; to: string; text: string }[] = [];
  private readonly blocks: ReturnType<typeof roomBlocks>;
  private nextCode = 7301;
  private nextTicket = 401;
  private nextWakeUp = 51;

  constructor(options: { now?: () => Date; bookings?: Booking[] } = {}) {
    this.now = options.now ?? (() => new Date());
    this.bookings = options.bookings ?? demoBookings(this.now());
    this.blocks = roomBlocks(this.now());
  }

  find(code: string): Booking | undefined {
    return this.bookings.find((b) => b.code === code.toUpperCase());
  }

  /** The booking of the guest staying in a room now. */
  inRoom(room: string): Booking | undefined {
    return this.bookings.find((b) => b.status === 'checked_in' && b.room === room);
  }

  /** Rooms of a type free on every night of the stay, leaving out one booking (when changing it). */
  roomsFree(roomType: RoomType, checkIn: string, checkOut: string, except?: string): number {
    const overlaps = (from: string, to: string) => from < checkOut && to > checkIn;
    const booked = this.bookings.filter(
      (b) =>
        b.code !== except &&
        b.roomType === roomType &&
        (b.status === 'confirmed' || b.status === 'checked_in') &&
        overlaps(b.checkIn, b.checkOut),
    ).length;
    const blocked = this.blocks
      .filter((x) => x.roomType === roomType && overlaps(x.from, x.to))
      .reduce((n, x) => n + x.rooms, 0);
    return Math.max(0, ROOM_INFO[roomType].rooms - booked - blocked);
  }

  /** The room rate times the nights, plus extras. */
  priceCents(
    roomType: RoomType,
    checkIn: string,
    checkOut: string,
    extras: Partial<Record<Extra, number>> = {},
  ): number {
    const nights = nightsOf(checkIn, checkOut);
    const extrasCents = Object.entries(extras).reduce((sum, [extra, count]) => {
      const info = EXTRA_INFO[extra as Extra];
      return sum + info.cents * (count ?? 0) * (info.per === 'night' ? nights : 1);
    }, 0);
    return nights * ROOM_INFO[roomType].nightlyCents + extrasCents;
  }

  book(input: {
    guestName: string;
    phone: string;
    roomType: RoomType;
    guests: number;
    checkIn: string;
    checkOut: string;
  }): Booking {
    if (this.roomsFree(input.roomType, input.checkIn, input.checkOut) < 1) {
      throw new Error(`no ${input.roomType} free from ${input.checkIn} to ${input.checkOut}`);
    }
    const booking: Booking = {
      code: `LH-${this.nextCode++}`,
      ...input,
      status: 'confirmed',
      extras: {},
      requests: [],
    };
    this.bookings.push(booking);
    return booking;
  }

  openTicket(input: Omit<ServiceTicket, 'id'>): ServiceTicket {
    const ticket: ServiceTicket = { id: `GS-${this.nextTicket++}`, ...input };
    this.tickets.push(ticket);
    return ticket;
  }

  scheduleWakeUp(room: string, at: string): WakeUpCall {
    const call: WakeUpCall = { id: `WU-${this.nextWakeUp++}`, room, at };
    this.wakeUps.push(call);
    return call;
  }

  text(code: string, to: string, text: string): void {
    this.messages.push({ code, to, text });
  }
}
