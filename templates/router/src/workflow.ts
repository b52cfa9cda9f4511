// An intent router: one agent answers, works out what the caller needs, and *calls* a specialist.
// Each specialist hands the caller back with a typed result, so the router can ask "anything else?".
import { defineWorkflow } from 'switchboard';
import { router } from './agents/router.js';
import { billing, general, sales, technical } from './agents/specialists.js';
import { NimbusApi } from './api/nimbus.js';
import { RouterUserData } from './userdata.js';

export interface RouterDeps {
  /** The business systems the tools call; the mock by default. */
  api?: NimbusApi;
}

export function routerWorkflow(deps: RouterDeps = {}) {
  const api = deps.api ?? new NimbusApi();
  return defineWorkflow({
    name: 'router',
    userData: RouterUserData,
    start: 'router',
    agents: [router, technical(api), billing(api), sales(api), general(api)],
    edges: [
      {
        from: 'router',
        to: 'technical',
        mode: 'call',
        when: 'Something is broken or slow: the API, dashboard, databases, storage or email.',
        examples: [
          'the database is really slow',
          'I am getting errors from the API',
          'the dashboard is down',
          'technical problem',
        ],
      },
      {
        from: 'router',
        to: 'billing',
        mode: 'call',
        when: 'A question about an invoice, a balance, a charge or a payment.',
        examples: [
          'I have a question about my invoice',
          'how much do I owe',
          'I was charged twice',
          'billing question',
        ],
      },
      {
        from: 'router',
        to: 'sales',
        mode: 'call',
        when: 'The caller wants to buy, upgrade, or know what plans cost.',
        examples: ['how much does the team plan cost', 'I want to upgrade', 'what plans do you have', 'I want to buy'],
      },
      {
        from: 'router',
        to: 'general',
        mode: 'call',
        when: 'Anything else about the company: hours, address, jobs, privacy.',
        examples: ['what are your opening hours', 'where is your office', 'are you hiring', 'general question'],
      },
    ],
  });
}

// `switchboard console` and `switchboard check` load the default export.
export default routerWorkflow;
