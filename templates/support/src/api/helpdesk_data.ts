// Demo records for the mock helpdesk. Replace the Helpdesk class with calls to your real systems;
// the tools only depend on its methods.
import type { Customer, Invoice, Outage } from './helpdesk.js';

export const CUSTOMERS: Customer[] = [
  { id: 'C-1001', name: 'Ann Lee', email: 'ann.lee@example.com', plan: 'Fiber 500', zipCode: '94107' },
  { id: 'C-1002', name: 'Marco Diaz', email: 'marco.diaz@example.com', plan: 'Fiber 1000', zipCode: '94110' },
  { id: 'C-1003', name: 'Priya Shah', email: 'priya.shah@example.com', plan: 'Basic 100', zipCode: '94301' },
];

export const INVOICES: Invoice[] = [
  {
    id: 'INV-3001',
    customerId: 'C-1001',
    month: 'March',
    amountCents: 6500,
    status: 'paid',
    note: 'Fiber 500 monthly plan',
  },
  {
    id: 'INV-3002',
    customerId: 'C-1001',
    month: 'April',
    amountCents: 8995,
    status: 'paid',
    note: 'Fiber 500 plan plus a 24.95 router rental',
  },
  {
    id: 'INV-3101',
    customerId: 'C-1002',
    month: 'April',
    amountCents: 32000,
    status: 'paid',
    note: 'Fiber 1000 plan plus professional installation',
  },
  {
    id: 'INV-3201',
    customerId: 'C-1003',
    month: 'April',
    amountCents: 3000,
    status: 'open',
    note: 'Basic 100 monthly plan',
  },
];

export const OUTAGES: Outage[] = [
  {
    zipCode: '94107',
    summary: 'A fiber cut near Third Street is affecting internet service',
    expectedFix: 'by 6 PM today',
  },
];
