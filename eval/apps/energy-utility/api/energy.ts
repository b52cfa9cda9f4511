// A mock of Riverside Energy's systems (accounts and bills, meter readings, network faults, home
// moves), in memory so the app runs offline. Each instance starts from the demo data, so tests
// never share state. Dates depend on the clock passed in, like a real system's "today".
import { demoAccounts, demoBills, demoOutages } from './energy_data.js';

export const FUELS = ['electricity', 'gas'] as const;
export type Fuel = (typeof FUELS)[number];

export interface Reading {
  value: number;
  /** YYYY-MM-DD */
  date: string;
}

export interface Account {
  id: string;
  holder: string;
  address: string;
  postcode: string;
  fuels: Fuel[];
  /** Pence; positive = owed, negative = in credit. */
  balancePence: number;
  /** Monthly direct debit in pence, 0 when none. */
  directDebitPence: number;
  lastReadings: Partial<Record<Fuel, Reading>>;
}

export interface Bill {
  id: string;
  accountId: string;
  issued: string;
  amountPence: number;
  estimated: boolean;
}

export interface KnownOutage {
  district: string;
  fuel: Fuel;
  summary: string;
  expectedFix: Date;
  planned: boolean;
}

export interface PaymentPlan {
  id: string;
  accountId: string;
  frequency: string;
  instalments: number;
  instalmentPence: number;
  firstPayment: string;
}

export interface BillingCase {
  id: string;
  accountId: string;
  kind: 'refund' | 'dispute';
  amountPence?: number;
  billId?: string;
  reason: string;
  email?: string;
}

export interface FaultJob {
  id: string;
  fault: string;
  postcode: string;
  address: string;
  phone: string;
  details?: string;
}

export interface Move {
  id: string;
  direction: 'move_in' | 'move_out';
  date: string;
  postcode: string;
  address: string;
  accountId: string;
  name: string;
}

export class EnergyApi {
  readonly now: () => Date;
  readonly accounts: Account[];
  readonly bills: Bill[];
  readonly outages: KnownOutage[];
  readonly plans: PaymentPlan[] = [];
  readonly cases: BillingCase[] = [];
  readonly jobs: FaultJob[] = [];
  readonly moves: Move[] = [];
  readonly readings: { accountId: string; fuel: Fuel; value: number; date: string }[] = [];

  constructor(options: { now?: () => Date } = {}) {
    this.now = options.now ?? (() => new Date());
    const today = this.now();
    this.accounts = demoAccounts(today);
    this.bills = demoBills(today);
    this.outages = demoOutages(today);
  }

  account(id: string): Account | undefined {
    return this.accounts.find((a) => a.id === id);
  }

  /** The account's bills, newest first. */
  billsOf(accountId: string): Bill[] {
    return this.bills.filter((b) => b.accountId === accountId).sort((a, b) => b.issued.localeCompare(a.issued));
  }

  outageIn(district: string): KnownOutage | undefined {
    return this.outages.find((o) => o.district === district);
  }

  addPlan(plan: Omit<PaymentPlan, 'id'>): PaymentPlan {
    const saved = { id: `PP-${3101 + this.plans.length}`, ...plan };
    this.plans.push(saved);
    return saved;
  }

  planOf(accountId: string): PaymentPlan | undefined {
    return this.plans.find((p) => p.accountId === accountId);
  }

  openCase(input: Omit<BillingCase, 'id'>): BillingCase {
    const saved = { id: `BC-${5101 + this.cases.length}`, ...input };
    this.cases.push(saved);
    if (input.kind === 'refund' && input.amountPence) {
      const account = this.account(input.accountId)!;
      account.balancePence += input.amountPence;
    }
    return saved;
  }

  saveReading(accountId: string, fuel: Fuel, value: number, date: string): void {
    this.readings.push({ accountId, fuel, value, date });
    this.account(accountId)!.lastReadings[fuel] = { value, date };
  }

  openJob(input: Omit<FaultJob, 'id'>): FaultJob {
    const prefix = input.fault === 'gas_smell' ? 'EM' : 'FT';
    const saved = { id: `${prefix}-${6101 + this.jobs.length}`, ...input };
    this.jobs.push(saved);
    return saved;
  }

  registerMove(input: Omit<Move, 'id' | 'accountId'> & { accountId?: string }): Move {
    const accountId = input.accountId ?? `RE-${700001 + this.moves.length}`;
    const saved = { id: `MV-${8101 + this.moves.length}`, ...input, accountId };
    this.moves.push(saved);
    return saved;
  }
}
