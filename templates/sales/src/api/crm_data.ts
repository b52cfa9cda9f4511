// Demo data for the mock CRM and calendar. Replace SalesCrm with your CRM and calendar APIs.
import type { Plan, Topic } from './crm.js';

export const PLANS: Plan[] = [
  { id: 'starter', label: 'Starter', maxSeats: 9, pricePerSeatCents: 1200 },
  { id: 'growth', label: 'Growth', maxSeats: 199, pricePerSeatCents: 2900 },
  { id: 'enterprise', label: 'Enterprise', maxSeats: Number.POSITIVE_INFINITY, pricePerSeatCents: 0 },
];

export const TOPICS: Topic[] = [
  {
    id: 'integrations',
    keywords: ['integration', 'integrations', 'integrate', 'gmail', 'outlook', 'slack', 'zapier', 'api'],
    answer:
      'Relay syncs with Gmail, Outlook and Slack out of the box, and anything else connects through Zapier or the open API.',
  },
  {
    id: 'pipeline',
    keywords: ['pipeline', 'deals', 'forecast', 'stages', 'kanban'],
    answer: 'Deals move through a drag-and-drop pipeline with custom stages, and the forecast updates as they move.',
  },
  {
    id: 'reporting',
    keywords: ['report', 'reports', 'reporting', 'dashboard', 'dashboards', 'analytics'],
    answer:
      'Managers get live dashboards for win rate, pipeline value and activity per rep, and can email any report on a schedule.',
  },
  {
    id: 'security',
    keywords: ['security', 'secure', 'sso', 'soc', 'gdpr', 'compliance', 'privacy'],
    answer: 'Relay is SOC 2 Type II audited, supports single sign-on on Growth and above, and keeps EU data in the EU.',
  },
  {
    id: 'mobile',
    keywords: ['mobile', 'phone', 'app', 'iphone', 'android', 'offline'],
    answer: 'The iPhone and Android apps log calls and meetings automatically and work offline on the road.',
  },
];

/** Free account-executive meeting slots, as spoken. */
export const AE_SLOTS = ['Tuesday at 10 AM', 'Tuesday at 2 PM', 'Wednesday at 11 AM', 'Thursday at 3 PM'];
