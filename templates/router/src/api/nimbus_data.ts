// Demo records for the mock Nimbus Cloud systems. Replace NimbusApi with your real services.
import type { Account, Plan, ServiceStatus } from './nimbus.js';

export const SERVICES: ServiceStatus[] = [
  { id: 'api', label: 'public API', words: ['api', 'endpoint', 'requests'], state: 'operational' },
  {
    id: 'dashboard',
    label: 'web dashboard',
    words: ['dashboard', 'console', 'website', 'login'],
    state: 'operational',
  },
  {
    id: 'database',
    label: 'managed database service',
    words: ['database', 'databases', 'db', 'postgres', 'mysql', 'queries'],
    state: 'degraded',
    note: 'slow queries in the eu-west region; engineers expect a fix within the hour',
  },
  {
    id: 'storage',
    label: 'object storage',
    words: ['storage', 'bucket', 'buckets', 'files', 'uploads'],
    state: 'operational',
  },
  { id: 'email', label: 'transactional email', words: ['email', 'emails', 'mail', 'smtp'], state: 'operational' },
];

export const ACCOUNTS: Account[] = [
  { id: 'NC-1042', owner: 'Lena Park', plan: 'team', balanceCents: 0, nextInvoice: 'May 1', nextAmountCents: 14900 },
  {
    id: 'NC-2210',
    owner: 'Omar Haddad',
    plan: 'starter',
    balanceCents: 2900,
    nextInvoice: 'May 1',
    nextAmountCents: 2900,
  },
];

export const PLANS: Plan[] = [
  {
    id: 'starter',
    label: 'Starter',
    monthlyCents: 2900,
    includes: 'two servers, 50 gigabytes of storage and email support',
  },
  {
    id: 'team',
    label: 'Team',
    monthlyCents: 14900,
    includes: 'ten servers, 1 terabyte of storage, managed databases and phone support',
  },
  {
    id: 'enterprise',
    label: 'Enterprise',
    monthlyCents: 0,
    includes: 'unlimited servers, a dedicated engineer and a 99.99 percent uptime promise',
  },
];

export const FAQ: { keywords: string[]; answer: string }[] = [
  {
    keywords: ['hours', 'open', 'closed', 'weekend'],
    answer:
      'Phone support is open Monday to Friday, 8 AM to 8 PM Eastern; the status page and email support run around the clock.',
  },
  {
    keywords: ['address', 'office', 'located', 'headquarters'],
    answer: 'Nimbus Cloud is based at 200 Harbor Street, Boston.',
  },
  {
    keywords: ['job', 'jobs', 'career', 'careers', 'hiring'],
    answer: 'Open roles are listed on the careers page at nimbus cloud dot example slash careers.',
  },
  {
    keywords: ['data', 'privacy', 'gdpr', 'security'],
    answer: 'Customer data stays in the region the customer picks, encrypted at rest and in transit.',
  },
];
