// A mock of the pharmacy's dispensing system, in memory so the app runs offline. Days are the
// store's local calendar days, written "YYYY-MM-DD".
import { nameKey } from 'switchboard/spoken';
import {
  demoPatients,
  demoPrescriptions,
  demoStock,
  type Patient,
  type Prescription,
  type StockItem,
} from './pharmacy_data.js';

export interface RefillOrder {
  id: string;
  prescription: string;
  method: 'pick_up' | 'delivery';
  /** Pick-up: the day and time ("YYYY-MM-DD", "HH:MM"); delivery: the day it arrives. */
  day: string;
  time?: string;
  address?: string;
  zip?: string;
  feeCents: number;
}

export interface TransferRequest {
  id: string;
  patientId: string;
  medicine: string;
  fromPharmacy: string;
  fromPhone: string;
  otherRxNumber?: string;
}

/** "YYYY-MM-DD" → local midnight. */
export function dateOf(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y!, m! - 1, d!);
}

/** Whole days from one day to another. */
export const daysBetween = (from: string, to: string) =>
  Math.round((dateOf(to).getTime() - dateOf(from).getTime()) / 86_400_000);

/** "2025-03-14" → "Friday, March 14". */
export function spokenDay(day: string): string {
  return dateOf(day).toLocaleDateString('en-US', { weekday: 'long', month: 'long', day: 'numeric' });
}

export class PharmacyStore {
  readonly now: () => Date;
  readonly patients: Patient[];
  readonly prescriptions: Prescription[];
  readonly stock: StockItem[];
  readonly orders: RefillOrder[] = [];
  readonly transfers: TransferRequest[] = [];
  private nextOrder = 601;
  private nextTransfer = 501;
  private nextPatient = 201;

  constructor(options: { now?: () => Date } = {}) {
    this.now = options.now ?? (() => new Date());
    this.patients = demoPatients();
    this.prescriptions = demoPrescriptions(this.now());
    this.stock = demoStock();
  }

  prescription(number: string): Prescription | undefined {
    return this.prescriptions.find((p) => p.number === number.toUpperCase());
  }

  patient(id: string): Patient | undefined {
    return this.patients.find((p) => p.id === id);
  }

  /** The patient with this full name and date of birth. */
  findPatient(name: string, dateOfBirth: string): Patient | undefined {
    const key = nameKey(name).key;
    return this.patients.find((p) => nameKey(p.name).key === key && p.dateOfBirth === dateOfBirth);
  }

  register(patient: Omit<Patient, 'id'>): Patient {
    const created = { id: `P-${this.nextPatient++}`, ...patient };
    this.patients.push(created);
    return created;
  }

  orderRefill(rx: Prescription, order: Omit<RefillOrder, 'id' | 'prescription'>): RefillOrder {
    const created = { id: `RF-${this.nextOrder++}`, prescription: rx.number, ...order };
    this.orders.push(created);
    rx.refillsLeft -= 1;
    rx.pendingOrder = created.id;
    return created;
  }

  requestTransfer(request: Omit<TransferRequest, 'id'>): TransferRequest {
    const created = { id: `TR-${this.nextTransfer++}`, ...request };
    this.transfers.push(created);
    return created;
  }

  stockItem(said: string): StockItem | undefined {
    const text = said.trim().toLowerCase().replace(/[’']/g, "'");
    // The longest alias said wins, so "children's tylenol" is not plain tylenol.
    let best: { item: StockItem; length: number } | undefined;
    for (const item of this.stock) {
      for (const alias of item.aliases) {
        const a = alias.toLowerCase().replace(/[’']/g, "'");
        if (text.includes(a) && (!best || a.length > best.length)) best = { item, length: a.length };
      }
    }
    return best?.item;
  }
}
