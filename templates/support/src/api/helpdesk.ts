// A mock of the helpdesk's business systems (accounts, billing, network status, tickets), kept in
// memory so the project runs offline. Each instance starts from the demo data, so tests never share state.
import { CUSTOMERS, INVOICES, OUTAGES } from './helpdesk_data.js';

export interface Customer {
  id: string;
  name: string;
  email: string;
  plan: string;
  zipCode: string;
}

export interface Invoice {
  id: string;
  customerId: string;
  month: string;
  amountCents: number;
  status: 'paid' | 'open' | 'refunded';
  note: string;
}

export interface Outage {
  zipCode: string;
  summary: string;
  expectedFix: string;
}

export interface Ticket {
  id: string;
  customerId?: string;
  summary: string;
}

export interface Refund {
  id: string;
  invoiceId: string;
  amountCents: number;
  reason: string;
}

export class Helpdesk {
  private readonly customers: Customer[];
  private readonly invoices: Invoice[];
  private readonly outages: Outage[];
  private readonly tickets: Ticket[] = [];
  private readonly refunds: Refund[] = [];

  constructor(data: { customers?: Customer[]; invoices?: Invoice[]; outages?: Outage[] } = {}) {
    this.customers = structuredClone(data.customers ?? CUSTOMERS);
    this.invoices = structuredClone(data.invoices ?? INVOICES);
    this.outages = structuredClone(data.outages ?? OUTAGES);
  }

  findCustomerByEmail(email: string): Customer | undefined {
    return this.customers.find((c) => c.email === email.toLowerCase());
  }

  /** The customer's invoices, newest first. */
  invoicesOf(customerId: string): Invoice[] {
    return this.invoices.filter((i) => i.customerId === customerId).reverse();
  }

  invoice(id: string): Invoice | undefined {
    return this.invoices.find((i) => i.id === id);
  }

  refund(invoiceId: string, reason: string): Refund {
    const invoice = this.invoice(invoiceId);
    if (!invoice || invoice.status !== 'paid') throw new Error(`invoice ${invoiceId} cannot be refunded`);
    invoice.status = 'refunded';
    const refund = { id: `R-${5001 + this.refunds.length}`, invoiceId, amountCents: invoice.amountCents, reason };
    this.refunds.push(refund);
    return refund;
  }

  outageAt(zipCode: string): Outage | undefined {
    return this.outages.find((o) => o.zipCode === zipCode);
  }

  openTicket(input: { customerId?: string; summary: string }): Ticket {
    const ticket = { id: `T-${2001 + this.tickets.length}`, ...input };
    this.tickets.push(ticket);
    return ticket;
  }

  get openedTickets(): readonly Ticket[] {
    return this.tickets;
  }
}
