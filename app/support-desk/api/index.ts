export { SupportStore, openStore, defaultStorePath } from './support_store.js';
export type { OpenStoreOptions } from './support_store.js';
export type {
  Callback,
  Customer,
  Invoice,
  InvoiceStatus,
  Order,
  OrderStatus,
  Outage,
  Product,
  Refund,
  Service,
  Ticket,
  TicketCategory,
  TroubleshootingScript,
} from './records.js';
export { MIGRATIONS, migrate, type Migration } from './migrations.js';
export { seedDemoData } from './seed.js';
