// A mock CRM: product notes, plans and the account executives' calendar, kept in memory so the
// project runs offline. Each instance starts from the demo data.
import { AE_SLOTS, PLANS, TOPICS } from './crm_data.js';

export interface Plan {
  id: string;
  label: string;
  maxSeats: number;
  /** 0 means priced per contract. */
  pricePerSeatCents: number;
}

export interface Topic {
  id: string;
  keywords: string[];
  answer: string;
}

export interface Lead {
  name?: string;
  company?: string;
  email: string;
  note: string;
}

export interface CrmOptions {
  /** Free meeting slots (default: the demo calendar). */
  slots?: string[];
  /** The current time, for follow-up dates. */
  now?: () => Date;
}

export class SalesCrm {
  private readonly slots: string[];
  readonly now: () => Date;
  readonly meetings: { slot: string; email: string }[] = [];
  readonly leads: Lead[] = [];

  constructor(options: CrmOptions = {}) {
    this.slots = [...(options.slots ?? AE_SLOTS)];
    this.now = options.now ?? (() => new Date());
  }

  topic(question: string): Topic | undefined {
    const words = new Set(question.toLowerCase().split(/[^a-z0-9]+/));
    return TOPICS.find((t) => t.keywords.some((k) => words.has(k)));
  }

  topicNames(): string[] {
    return TOPICS.map((t) => t.id);
  }

  /** The smallest plan that fits the team. */
  planFor(seats: number): Plan {
    return PLANS.find((p) => seats <= p.maxSeats) ?? PLANS[PLANS.length - 1]!;
  }

  /** Book the earliest free meeting slot; undefined when the calendar is full. */
  bookMeeting(email: string): string | undefined {
    const slot = this.slots.shift();
    if (slot) this.meetings.push({ slot, email });
    return slot;
  }

  saveLead(lead: Lead): void {
    this.leads.push(lead);
  }
}
