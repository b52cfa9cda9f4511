export { SupportStore, openStore, defaultStorePath } from './support_store.js';
export type {
  Callback,
  Customer,
  Invoice,
  InvoiceStatus,
  OpenStoreOptions,
  Order,
  OrderStatus,
  Outage,
  Product,
  Refund,
  Service,
  Ticket,
  TicketCategory,
  TroubleshootingScript,
} from './support_store.js';
export { MIGRATIONS, migrate, type Migration } from './migrations.js';
export { seedDemoData } from './seed.js';
