// A mock of Nimbus Cloud's status page, billing and catalogue, in memory so the project runs offline.
import { ACCOUNTS, FAQ, PLANS, SERVICES } from './nimbus_data.js';

export interface ServiceStatus {
  id: string;
  label: string;
  /** Words callers use for it ("db", "uploads"). */
  words: string[];
  state: 'operational' | 'degraded' | 'down';
  note?: string;
}

export interface Account {
  id: string;
  owner: string;
  plan: string;
  balanceCents: number;
  nextInvoice: string;
  nextAmountCents: number;
}

export interface Plan {
  id: string;
  label: string;
  /** 0 means priced per contract. */
  monthlyCents: number;
  includes: string;
}

/** Lower case, punctuation removed, single-spaced. */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export class NimbusApi {
  private readonly services = structuredClone(SERVICES);
  private readonly accounts = structuredClone(ACCOUNTS);
  private readonly plans = structuredClone(PLANS);

  /** The service a caller means, by any word callers use for it ("the db is slow" → database). */
  service(said: string): ServiceStatus | undefined {
    const words = new Set(normalize(said).split(' '));
    return this.services.find((s) => s.words.some((w) => words.has(w)));
  }

  serviceNames(): string[] {
    return this.services.map((s) => s.label);
  }

  account(id: string): Account | undefined {
    return this.accounts.find((a) => a.id === id.toUpperCase());
  }

  plan(name: string): Plan | undefined {
    const said = normalize(name);
    return this.plans.find((p) => said.includes(p.id));
  }

  planNames(): string[] {
    return this.plans.map((p) => p.label);
  }

  answer(question: string): string | undefined {
    const words = new Set(normalize(question).split(' '));
    return FAQ.find((f) => f.keywords.some((k) => words.has(k)))?.answer;
  }
}
