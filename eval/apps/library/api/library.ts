// A mock of Riverside Public Library's systems (members, catalogue, loans, holds, events), kept in
// memory so the app runs offline. Each instance starts from the demo data and reads today's date
// from its clock, so tests never share state and a fixed clock gives fixed due dates.
import { BRANCHES, CATALOGUE, EVENTS, HOLDS, HOURS, LOANS, MEMBERS } from './library_data.js';

export const BRANCH_IDS = ['central', 'eastside', 'northgate'] as const;
export type Branch = (typeof BRANCH_IDS)[number];

export const FORMATS = ['book', 'audiobook', 'ebook', 'dvd'] as const;
export type Format = (typeof FORMATS)[number];

export type Audience = 'children' | 'teens' | 'adults';

export interface MemberSeed {
  cardNumber: string;
  name: string;
  /** YYYY-MM-DD */
  dateOfBirth: string;
  /** E.164 */
  phone: string;
  email: string;
  finesCents: number;
  status: 'active' | 'lost';
}
export type Member = MemberSeed;

export interface CatalogueItem {
  id: string;
  title: string;
  author: string;
  format: Format;
  /** Branches with a copy on the shelf now. */
  onShelf: Branch[];
  /** Members already waiting for a copy. */
  holdQueue: number;
}

export interface LoanSeed {
  cardNumber: string;
  itemId: string;
  dueInDays: number;
  renewals: number;
}

export interface Loan {
  cardNumber: string;
  itemId: string;
  /** End of the due day, library time. */
  due: Date;
  renewals: number;
}

export interface Hold {
  id: string;
  cardNumber: string;
  itemId: string;
  branch: Branch;
  /** 0: a copy is on the shelf and set aside; otherwise the place in the queue. */
  position: number;
}

export interface LibraryEventSeed {
  id: string;
  title: string;
  audience: Audience;
  branch: Branch;
  inDays: number;
  /** "HH:mm", library time. */
  time: string;
  seatsLeft: number;
  maxSeatsPerBooking: number;
}

export interface LibraryEvent extends Omit<LibraryEventSeed, 'inDays' | 'time'> {
  startsAt: Date;
}

export interface Registration {
  id: string;
  eventId: string;
  attendeeName: string;
  seats: number;
  email: string;
}

/** Loans last three weeks; a renewal gives three weeks from today. */
export const LOAN_DAYS = 21;
export const MAX_RENEWALS = 2;
export const MAX_HOLDS = 5;
/** A card owing this much cannot renew or place holds. */
export const FINE_BLOCK_CENTS = 1000;
export const REPLACEMENT_CARD_FEE_CENTS = 200;

const DAY_MS = 24 * 60 * 60 * 1000;

function endOfDay(now: Date, daysAhead: number): Date {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + daysAhead, 23, 59);
}

export class LibraryApi {
  readonly now: () => Date;
  /** Time zone used when dates are read aloud. */
  readonly timeZone: string;
  private readonly members: Member[];
  private readonly catalogue: CatalogueItem[];
  private readonly loans: Loan[];
  readonly holds: Hold[];
  private readonly events: LibraryEvent[];
  readonly registrations: Registration[] = [];
  readonly replacedCards: { oldCard: string; newCard: string }[] = [];

  constructor(options: { now?: () => Date; timeZone?: string } = {}) {
    this.now = options.now ?? (() => new Date());
    this.timeZone = options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
    const today = this.now();
    this.members = structuredClone(MEMBERS);
    this.catalogue = structuredClone(CATALOGUE);
    this.loans = LOANS.map((l) => ({
      cardNumber: l.cardNumber,
      itemId: l.itemId,
      due: endOfDay(today, l.dueInDays),
      renewals: l.renewals,
    }));
    this.holds = HOLDS.map((h, i) => ({ id: `H-${7001 + i}`, ...h, branch: 'central' as Branch, position: 1 }));
    this.events = EVENTS.map(({ inDays, time, ...e }) => {
      const [hh, mm] = time.split(':').map(Number);
      return {
        ...e,
        startsAt: new Date(today.getFullYear(), today.getMonth(), today.getDate() + inDays, hh, mm),
      };
    });
  }

  member(cardNumber: string): Member | undefined {
    return this.members.find((m) => m.cardNumber === cardNumber);
  }

  memberByPhone(e164: string): Member | undefined {
    return this.members.find((m) => m.phone === e164);
  }

  item(id: string): CatalogueItem | undefined {
    return this.catalogue.find((i) => i.id === id);
  }

  /** Items whose title or author contains every word of the query, optionally of one format. */
  search(query: string, format?: Format): CatalogueItem[] {
    const words = query
      .toLowerCase()
      .replace(/[^a-z0-9 ]+/g, ' ')
      .split(/\s+/)
      .filter((w) => w.length > 1 && !['the', 'by', 'a', 'an', 'of', 'book'].includes(w));
    if (words.length === 0) return [];
    return this.catalogue.filter((item) => {
      if (format && item.format !== format) return false;
      const text = `${item.title} ${item.author}`.toLowerCase();
      return words.every((w) => text.includes(w));
    });
  }

  loansOf(cardNumber: string): Loan[] {
    return this.loans.filter((l) => l.cardNumber === cardNumber).sort((a, b) => a.due.getTime() - b.due.getTime());
  }

  holdsOf(cardNumber: string): Hold[] {
    return this.holds.filter((h) => h.cardNumber === cardNumber);
  }

  /** Another member is waiting for this title, so it cannot be renewed. */
  hasWaitingHold(itemId: string, exceptCard: string): boolean {
    return (
      this.holds.some((h) => h.itemId === itemId && h.cardNumber !== exceptCard) ||
      (this.item(itemId)?.holdQueue ?? 0) > 0
    );
  }

  renew(loan: Loan): Loan {
    loan.due = endOfDay(this.now(), LOAN_DAYS);
    loan.renewals += 1;
    return loan;
  }

  placeHold(cardNumber: string, itemId: string, branch: Branch): Hold {
    const item = this.item(itemId);
    if (!item) throw new Error(`no item ${itemId}`);
    const position = item.onShelf.includes(branch) ? 0 : item.holdQueue + 1;
    if (position > 0) item.holdQueue += 1;
    const hold = { id: `H-${7001 + this.holds.length}`, cardNumber, itemId, branch, position };
    this.holds.push(hold);
    return hold;
  }

  /** Blocks the lost card and issues a new number carrying the loans, holds and fines over. */
  replaceCard(oldCard: string): Member {
    const member = this.member(oldCard);
    if (!member) throw new Error(`no card ${oldCard}`);
    const newCard = `RP-${8001 + this.replacedCards.length}`;
    member.status = 'lost';
    const replacement: Member = {
      ...member,
      cardNumber: newCard,
      status: 'active',
      finesCents: member.finesCents + REPLACEMENT_CARD_FEE_CENTS,
    };
    this.members.push(replacement);
    for (const l of this.loans) if (l.cardNumber === oldCard) l.cardNumber = newCard;
    for (const h of this.holds) if (h.cardNumber === oldCard) h.cardNumber = newCard;
    this.replacedCards.push({ oldCard, newCard });
    return replacement;
  }

  /** Events from now on, soonest first. */
  upcomingEvents(withinDays = 14): LibraryEvent[] {
    const now = this.now();
    const until = now.getTime() + withinDays * DAY_MS;
    return this.events
      .filter((e) => e.startsAt > now && e.startsAt.getTime() <= until)
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  }

  event(id: string): LibraryEvent | undefined {
    return this.events.find((e) => e.id === id);
  }

  register(input: Omit<Registration, 'id'>): Registration {
    const event = this.event(input.eventId);
    if (!event || event.seatsLeft < input.seats) throw new Error(`not enough seats at ${input.eventId}`);
    event.seatsLeft -= input.seats;
    const registration = { id: `REG-${5001 + this.registrations.length}`, ...input };
    this.registrations.push(registration);
    return registration;
  }

  /** Opening hours of a branch on a day: [open, close] hours, or null when closed. */
  hoursOn(branch: Branch, day: Date): [number, number] | null {
    return HOURS[branch][day.getDay()] ?? null;
  }

  branchName(branch: Branch): string {
    return BRANCHES[branch].name;
  }
}
