// The desk's records as the tools see them (rows of the SQLite tables, typed).
export type OrderStatus = 'processing' | 'shipped' | 'out_for_delivery' | 'delivered' | 'cancelled' | 'returned';
export type InvoiceStatus = 'paid' | 'unpaid' | 'overdue' | 'refund_requested' | 'refunded';
export type TicketCategory = 'technical' | 'billing' | 'general';

export interface Customer {
  id: string;
  name: string;
  email: string;
  accountNumber: string;
  phone: string;
  plan: string;
  region: string;
}

export interface Order {
  id: string;
  customerId: string;
  item: string;
  status: OrderStatus;
  carrier?: string;
  trackingNumber?: string;
  orderedAt: string;
  shippedAt?: string;
  expectedAt?: string;
  deliveredAt?: string;
}

export interface Invoice {
  id: string;
  customerId: string;
  description: string;
  amountCents: number;
  status: InvoiceStatus;
  issuedAt: string;
  dueAt: string;
  paidAt?: string;
}

export interface Refund {
  id: string;
  invoiceId: string;
  customerId: string;
  amountCents: number;
  reason: string;
  status: string;
  createdAt: string;
}

export interface Service {
  id: string;
  label: string;
  aliases: string[];
}

export interface Outage {
  id: number;
  service: string;
  region: string;
  status: 'active' | 'resolved';
  summary: string;
  startedAt: string;
  eta?: string;
}

export interface Product {
  id: string;
  label: string;
  aliases: string[];
}

export interface TroubleshootingScript {
  product: string;
  symptom: string;
  label: string;
  keywords: string[];
  steps: string[];
}

export interface Ticket {
  id: string;
  customerId?: string;
  callerName?: string;
  category: TicketCategory;
  summary: string;
  status: 'open' | 'closed';
  createdAt: string;
}

export interface Callback {
  id: string;
  customerId?: string;
  callerName?: string;
  phone: string;
  scheduledFor: string;
  ticketId?: string;
  createdAt: string;
}
