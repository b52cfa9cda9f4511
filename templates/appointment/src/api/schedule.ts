// A mock of the clinic's scheduling system, in memory so the project runs offline. Times are the
// clinic's local wall-clock times, written "YYYY-MM-DDTHH:mm".

export interface Appointment {
  id: string;
  slot: string;
  patientName: string;
  phone: string;
  service: string;
}

/** Opening hours: first and last appointment start, on weekdays. */
export const FIRST_HOUR = 9;
export const LAST_HOUR = 16;
/** How far ahead the clinic books. */
export const BOOKING_WINDOW_DAYS = 60;

const pad = (n: number) => String(n).padStart(2, '0');

/** Local date → "YYYY-MM-DD". */
export function dayKey(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** "YYYY-MM-DDTHH:mm" (local) → Date. */
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

export class Schedule {
  readonly now: () => Date;
  readonly appointments: Appointment[] = [];
  readonly confirmations: { appointmentId: string; channel: string; to: string }[] = [];
  private readonly taken: Set<string>;

  constructor(options: { now?: () => Date; taken?: string[] } = {}) {
    this.now = options.now ?? (() => new Date());
    this.taken = new Set(options.taken ?? this.demoBookings());
  }

  /** A realistic diary: the first two morning slots of every weekday are already booked. */
  private demoBookings(): string[] {
    const out: string[] = [];
    const day = new Date(this.now());
    for (let i = 0; i <= BOOKING_WINDOW_DAYS; i++) {
      out.push(`${dayKey(day)}T09:00`, `${dayKey(day)}T10:00`);
      day.setDate(day.getDate() + 1);
    }
    return out;
  }

  isOpen(day: Date): boolean {
    return day.getDay() !== 0 && day.getDay() !== 6;
  }

  /** Free slots from `from` onwards (later today at the earliest), up to `limit`. */
  freeSlots(
    from: Date,
    options: { sameDayOnly?: boolean; partOfDay?: 'morning' | 'afternoon'; limit?: number } = {},
  ): string[] {
    const now = this.now();
    const out: string[] = [];
    const day = new Date(from.getFullYear(), from.getMonth(), from.getDate());
    const last = new Date(now.getFullYear(), now.getMonth(), now.getDate() + BOOKING_WINDOW_DAYS);
    while (day <= last && out.length < (options.limit ?? 3)) {
      if (this.isOpen(day)) {
        for (let hour = FIRST_HOUR; hour <= LAST_HOUR && out.length < (options.limit ?? 3); hour++) {
          if (options.partOfDay === 'morning' && hour >= 12) continue;
          if (options.partOfDay === 'afternoon' && hour < 12) continue;
          const slot = `${dayKey(day)}T${pad(hour)}:00`;
          if (!this.taken.has(slot) && slotDate(slot) > now) out.push(slot);
        }
      }
      if (options.sameDayOnly) break;
      day.setDate(day.getDate() + 1);
    }
    return out;
  }

  isFree(slot: string): boolean {
    return !this.taken.has(slot) && slotDate(slot) > this.now();
  }

  book(input: Omit<Appointment, 'id'>): Appointment {
    if (!this.isFree(input.slot)) throw new Error(`slot ${input.slot} is not free`);
    this.taken.add(input.slot);
    const appointment = { id: `APT-${4001 + this.appointments.length}`, ...input };
    this.appointments.push(appointment);
    return appointment;
  }

  sendConfirmation(appointmentId: string, channel: 'sms' | 'email', to: string): void {
    this.confirmations.push({ appointmentId, channel, to });
  }
}
