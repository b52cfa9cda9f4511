// A mock of the clinic's practice-management system (clients, diary, pharmacy, lab), kept in
// memory so the app runs offline. Times are the clinic's local wall-clock times, "YYYY-MM-DDTHH:mm".
// Each instance starts from the demo data, so tests never share state.
import {
  CLIENTS,
  HOURS,
  LAB_RESULTS,
  PRESCRIPTIONS,
  VETS,
  VISITS,
  type Client,
  type LabResult,
  type Pet,
  type Prescription,
  type Reason,
  type Species,
  type Vet,
} from './clinic_data.js';

/** How far ahead the diary is open. */
export const BOOKING_WINDOW_DAYS = 60;

export type PartOfDay = 'morning' | 'afternoon' | 'evening';

export interface Visit {
  id: string;
  clientId: string;
  petName: string;
  reason: Reason;
  vetId: string;
  slot: string;
  notes?: string;
  status: 'booked' | 'cancelled';
}

/** A free time in the diary with the vet who has it. */
export interface Opening {
  slot: string;
  vetId: string;
}

export interface Refill {
  id: string;
  clientId: string;
  petName: string;
  medication: string;
  months: number;
  priceCents: number;
  readyAt: string;
  textTo: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function dayKey(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function slotOf(d: Date, hour: number): string {
  return `${dayKey(d)}T${pad(hour)}:00`;
}

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

const addDays = (d: Date, n: number) => new Date(d.getFullYear(), d.getMonth(), d.getDate() + n);

export class Clinic {
  readonly now: () => Date;
  readonly clients: Client[];
  readonly visits: Visit[];
  readonly prescriptions: Prescription[];
  readonly labResults: LabResult[];
  readonly refills: Refill[] = [];
  private readonly taken = new Set<string>();
  private nextVisit = 7101;

  constructor(options: { now?: () => Date; taken?: Opening[] } = {}) {
    this.now = options.now ?? (() => new Date());
    const today = this.now();
    this.clients = structuredClone(CLIENTS);
    this.prescriptions = structuredClone(PRESCRIPTIONS);
    this.labResults = structuredClone(LAB_RESULTS);
    this.visits = VISITS.map((v) => ({
      id: v.id,
      clientId: v.clientId,
      petName: v.petName,
      reason: v.reason,
      vetId: v.vetId,
      slot: slotOf(this.nextOpenDay(addDays(today, v.daysAhead)), v.hour),
      status: 'booked' as const,
    }));
    for (const v of this.visits) this.taken.add(`${v.slot}|${v.vetId}`);
    // A realistic diary: each vet's first appointment of every day is already booked.
    for (const t of options.taken ?? this.demoTaken()) this.taken.add(`${t.slot}|${t.vetId}`);
  }

  private nextOpenDay(d: Date): Date {
    let day = d;
    while (!HOURS[day.getDay()]) day = addDays(day, 1);
    return day;
  }

  private demoTaken(): Opening[] {
    const out: Opening[] = [];
    const today = this.now();
    for (let i = 0; i <= BOOKING_WINDOW_DAYS; i++) {
      const day = addDays(today, i);
      const hours = HOURS[day.getDay()];
      if (!hours) continue;
      for (const vet of VETS)
        if (vet.days.includes(day.getDay())) out.push({ slot: slotOf(day, hours.open), vetId: vet.id });
    }
    return out;
  }

  client(id: string): Client | undefined {
    return this.clients.find((c) => c.id === id);
  }

  pet(client: Client, petName: string): Pet | undefined {
    const wanted = petName.trim().toLowerCase();
    return client.pets.find((p) => p.name.toLowerCase() === wanted);
  }

  addPet(client: Client, pet: Pet): Pet {
    client.pets.push(pet);
    return pet;
  }

  vet(id: string): Vet | undefined {
    return VETS.find((v) => v.id === id);
  }

  /** A vet from what the caller said: "Dr. Okafor", "Amara", "okafor". */
  findVet(said: string): Vet | undefined {
    const words = said
      .toLowerCase()
      .replace(/\b(dr|doctor)\b\.?/g, ' ')
      .split(/[^a-z]+/)
      .filter(Boolean);
    return VETS.find((v) =>
      words.some((w) =>
        v.name
          .toLowerCase()
          .split(/[^a-z]+/)
          .includes(w),
      ),
    );
  }

  isOpen(day: Date): boolean {
    return Boolean(HOURS[day.getDay()]);
  }

  isFree(opening: Opening): boolean {
    return !this.taken.has(`${opening.slot}|${opening.vetId}`) && slotDate(opening.slot) > this.now();
  }

  /** Free times from `from` onwards, one vet per time, for vets who see the species. */
  openings(
    from: Date,
    options: { sameDayOnly?: boolean; partOfDay?: PartOfDay; species?: Species; vetId?: string; limit?: number } = {},
  ): Opening[] {
    const limit = options.limit ?? 3;
    const now = this.now();
    const last = addDays(now, BOOKING_WINDOW_DAYS);
    const out: Opening[] = [];
    let day = new Date(from.getFullYear(), from.getMonth(), from.getDate());
    while (day <= last && out.length < limit) {
      const hours = HOURS[day.getDay()];
      if (hours) {
        for (let hour = hours.open; hour <= hours.lastStart && out.length < limit; hour++) {
          if (options.partOfDay === 'morning' && hour >= 12) continue;
          if (options.partOfDay === 'afternoon' && (hour < 12 || hour >= 18)) continue;
          if (options.partOfDay === 'evening' && hour < 18) continue;
          const slot = slotOf(day, hour);
          const vet = VETS.find(
            (v) =>
              v.days.includes(day.getDay()) &&
              (!options.species || v.species.includes(options.species)) &&
              (!options.vetId || v.id === options.vetId) &&
              this.isFree({ slot, vetId: v.id }),
          );
          if (vet) out.push({ slot, vetId: vet.id });
        }
      }
      if (options.sameDayOnly) break;
      day = addDays(day, 1);
    }
    return out;
  }

  /** The pet's next booked visit, if any. */
  upcomingVisit(clientId: string, petName: string): Visit | undefined {
    const now = this.now();
    return this.visits
      .filter(
        (v) =>
          v.clientId === clientId &&
          v.petName.toLowerCase() === petName.trim().toLowerCase() &&
          v.status === 'booked' &&
          slotDate(v.slot) > now,
      )
      .sort((a, b) => a.slot.localeCompare(b.slot))[0];
  }

  book(input: Omit<Visit, 'id' | 'status'>): Visit {
    if (!this.isFree(input)) throw new Error(`${input.slot} with ${input.vetId} is not free`);
    const visit: Visit = { id: `VT-${this.nextVisit++}`, status: 'booked', ...input };
    this.taken.add(`${visit.slot}|${visit.vetId}`);
    this.visits.push(visit);
    return visit;
  }

  cancel(visit: Visit): void {
    visit.status = 'cancelled';
    this.taken.delete(`${visit.slot}|${visit.vetId}`);
  }

  move(visit: Visit, to: Opening): void {
    if (!this.isFree(to)) throw new Error(`${to.slot} with ${to.vetId} is not free`);
    this.taken.delete(`${visit.slot}|${visit.vetId}`);
    visit.slot = to.slot;
    visit.vetId = to.vetId;
    this.taken.add(`${visit.slot}|${visit.vetId}`);
  }

  prescriptionsOf(clientId: string, petName: string): Prescription[] {
    return this.prescriptions.filter(
      (p) => p.clientId === clientId && p.petName.toLowerCase() === petName.trim().toLowerCase(),
    );
  }

  /** When a refill ordered now is ready: the next opening day at 2 PM or later. */
  refillReadyAt(): string {
    const now = this.now();
    let day = addDays(now, 1);
    while (!HOURS[day.getDay()] || HOURS[day.getDay()]!.close <= 14) day = addDays(day, 1);
    return slotOf(day, 14);
  }

  addRefill(input: Omit<Refill, 'id'>): Refill {
    const refill = { id: `RX-${3301 + this.refills.length}`, ...input };
    this.refills.push(refill);
    return refill;
  }

  labResultsOf(clientId: string, petName: string): LabResult[] {
    return this.labResults.filter(
      (r) => r.clientId === clientId && r.petName.toLowerCase() === petName.trim().toLowerCase(),
    );
  }
}
