// A mock of Spoke & Chain's shop system (workshop board, drop-off diary, price list), in memory so
// the app runs offline. Times are the shop's wall-clock times, written "YYYY-MM-DDTHH:mm".
import {
  BIKE_SURCHARGE,
  BOOKING_WINDOW_DAYS,
  DEMO_TICKETS,
  DROPOFF_HOURS,
  SERVICE_MENU,
  SHOP_FAQ,
  type RepairTicket,
} from './shop_data.js';
import type { BikeType, Service } from '../userdata.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** Local date → "YYYY-MM-DD". */
export function dayKey(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** "YYYY-MM-DDTHH:mm" (shop time) → Date. */
export function slotDate(slot: string): Date {
  const [day, time] = slot.split('T');
  const [y, m, d] = day!.split('-').map(Number);
  const [hh, mm] = time!.split(':').map(Number);
  return new Date(y!, m! - 1, d!, hh, mm);
}

/** "2025-03-11T10:00" → "Tuesday, March 11 at 10 AM". */
export function spokenSlot(slot: string): string {
  const at = slotDate(slot);
  const day = at.toLocaleDateString('en-US', { weekday: 'long', month: 'long', day: 'numeric' });
  const time = at.toLocaleTimeString('en-US', { hour: 'numeric', minute: at.getMinutes() ? '2-digit' : undefined });
  return `${day} at ${time}`;
}

/** A day `days` from today, said as "today", "tomorrow", "yesterday" or "Friday, March 14". */
export function spokenDayFrom(now: Date, days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  const at = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days);
  return at.toLocaleDateString('en-US', { weekday: 'long', month: 'long', day: 'numeric' });
}

export function startOfDay(d: Date): Date {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate());
}

export interface Booking {
  ticketId: string;
  slot: string;
  customerName: string;
  phone: string;
  service: Service;
  bikeType: BikeType;
  bikeCount: number;
  problem?: string;
}

export class Shop {
  readonly now: () => Date;
  readonly bookings: Booking[] = [];
  readonly approvals: { ticketId: string; approved: boolean }[] = [];
  private readonly tickets = new Map<string, RepairTicket>();
  private readonly taken: Set<string>;

  constructor(options: { now?: () => Date; taken?: string[] } = {}) {
    this.now = options.now ?? (() => new Date());
    for (const t of DEMO_TICKETS) this.tickets.set(t.id, structuredClone(t));
    this.taken = new Set(options.taken ?? this.demoDiary());
  }

  /** A realistic diary: the first two drop-offs of every open day are taken, and Saturday late morning too. */
  private demoDiary(): string[] {
    const out: string[] = [];
    const day = startOfDay(this.now());
    for (let i = 0; i <= BOOKING_WINDOW_DAYS; i++) {
      const hours = DROPOFF_HOURS[day.getDay()];
      if (hours) {
        out.push(`${dayKey(day)}T${pad(hours.first)}:00`, `${dayKey(day)}T${pad(hours.first + 1)}:00`);
        if (day.getDay() === 6) out.push(`${dayKey(day)}T11:00`, `${dayKey(day)}T12:00`);
      }
      day.setDate(day.getDate() + 1);
    }
    return out;
  }

  isOpen(day: Date): boolean {
    return DROPOFF_HOURS[day.getDay()] !== undefined;
  }

  isFree(slot: string): boolean {
    const at = slotDate(slot);
    const hours = DROPOFF_HOURS[at.getDay()];
    if (!hours || at.getHours() < hours.first || at.getHours() > hours.last) return false;
    return !this.taken.has(slot) && at > this.now();
  }

  /** Free drop-off times from `from` onwards (later today at the earliest), up to `limit`. */
  freeSlots(
    from: Date,
    options: {
      sameDayOnly?: boolean;
      partOfDay?: 'morning' | 'afternoon' | 'evening';
      onDays?: readonly number[];
      limit?: number;
    } = {},
  ): string[] {
    const limit = options.limit ?? 3;
    const out: string[] = [];
    const day = startOfDay(from);
    const last = new Date(startOfDay(this.now()).getTime());
    last.setDate(last.getDate() + BOOKING_WINDOW_DAYS);
    while (day <= last && out.length < limit) {
      const hours = DROPOFF_HOURS[day.getDay()];
      if (hours && (!options.onDays || options.onDays.includes(day.getDay()))) {
        for (let hour = hours.first; hour <= hours.last && out.length < limit; hour++) {
          if (options.partOfDay === 'morning' && hour >= 12) continue;
          if (options.partOfDay === 'afternoon' && (hour < 12 || hour >= 16)) continue;
          if (options.partOfDay === 'evening' && hour < 16) continue;
          const slot = `${dayKey(day)}T${pad(hour)}:00`;
          if (this.isFree(slot)) out.push(slot);
        }
      }
      if (options.sameDayOnly) break;
      day.setDate(day.getDate() + 1);
    }
    return out;
  }

  /** Price in cents for one bike. */
  price(service: Service, bikeType: BikeType): number {
    return SERVICE_MENU[service].cents + BIKE_SURCHARGE[bikeType];
  }

  ticket(id: string): RepairTicket | undefined {
    return this.tickets.get(id);
  }

  book(input: Omit<Booking, 'ticketId'>, bike: string): Booking {
    if (!this.isFree(input.slot)) throw new Error(`slot ${input.slot} is not free`);
    this.taken.add(input.slot);
    const ticketId = `SC-${5001 + this.bookings.length}`;
    const booking = { ticketId, ...input };
    this.bookings.push(booking);
    const days = Math.round(
      (startOfDay(slotDate(input.slot)).getTime() - startOfDay(this.now()).getTime()) / 86_400_000,
    );
    this.tickets.set(ticketId, {
      id: ticketId,
      customerName: input.customerName,
      phone: input.phone,
      bike,
      service: input.service,
      status: 'booked',
      readyInDays: days + SERVICE_MENU[input.service].days,
      balanceCents: this.price(input.service, input.bikeType) * input.bikeCount,
      dropoffAt: input.slot,
    });
    return booking;
  }

  /** Record the customer's answer on extra work; approved work joins the bill. */
  decideExtraWork(id: string, approved: boolean): RepairTicket {
    const t = this.tickets.get(id);
    if (!t?.extraWork || t.status !== 'awaiting_approval') throw new Error(`ticket ${id} has no extra work waiting`);
    if (approved) t.balanceCents += t.extraWork.cents;
    else t.extraWork = undefined;
    t.status = 'in_progress';
    this.approvals.push({ ticketId: id, approved });
    return t;
  }

  /** The FAQ answers whose words appear in the question, best first. */
  answer(question: string): string[] {
    const text = ` ${question.toLowerCase().replace(/[^a-z0-9' -]/g, ' ')} `;
    return SHOP_FAQ.map((f) => ({ f, hits: f.words.filter((w) => text.includes(w)).length }))
      .filter((x) => x.hits > 0)
      .sort((a, b) => b.hits - a.hits)
      .map((x) => x.f.answer);
  }
}
