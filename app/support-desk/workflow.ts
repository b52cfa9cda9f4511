// Customer support desk: greeting → triage → technical | billing → a human when needed, and back
// to triage for "anything else?". This file is the table of contents; the agents, tools and the
// business records they read live in agents/, tools/ and api/.
import { defineWorkflow, type WorkflowSpec } from 'switchboard';
import { z } from 'zod';
import { billing } from './agents/billing.js';
import { escalation } from './agents/escalation.js';
import { greeting } from './agents/greeting.js';
import { technical } from './agents/technical.js';
import { triage } from './agents/triage.js';
import { openStore, type SupportStore } from './api/index.js';
import { createDeskTools, defaultTimeZone } from './tools/index.js';
import { PROTECTED_FIELDS, supportUserData } from './userdata.js';

export interface SupportDeskDeps {
  /** The desk's records; default: the SQLite file at SUPPORT_DESK_DB or ./data/support-desk.db. */
  store?: SupportStore;
  /** Clock for tools (order dates, callback times); tests pass a fixed one. */
  now?: () => Date;
  /** Time zone for reading and speaking times; default SUPPORT_DESK_TZ or the machine's. */
  timeZone?: string;
}

// A lateral move appends the caller's new need, so the next specialist restates that one and not
// the reason they first called.
const newNeed = (team: string) =>
  z
    .array(z.string())
    .optional()
    .describe(`What the caller now needs from ${team}, in their words, if they said it: one short note.`);

export function supportDeskWorkflow(deps: SupportDeskDeps = {}): WorkflowSpec<typeof supportUserData> {
  const tools = createDeskTools({
    store: deps.store ?? openStore(),
    now: deps.now ?? (() => new Date()),
    timeZone: deps.timeZone ?? defaultTimeZone(),
  });

  return defineWorkflow({
    name: 'support-desk',
    userData: supportUserData,
    protectedFields: [...PROTECTED_FIELDS],
    start: 'greeter',

    agents: [greeting, triage(tools), technical(tools), billing(tools), escalation(tools)],

    edges: [
      // 1. Greeting → triage, with who is calling and why.
      {
        from: 'greeter',
        to: 'triage',
        when: 'The caller has given their name (or declined to) and said what they need help with.',
        carries: z.object({
          callerName: z.string().optional().describe('The caller’s name as they said it.'),
          collectedDetails: z
            .array(z.string())
            .optional()
            .describe(
              'What the caller needs, in their words: one short note per point, for example "Internet down since this morning".',
            ),
        }),
        history: 'full',
        say: 'Thanks {callerName}, one moment.',
        examples: [
          'hi, I am Ann and my internet is not working',
          'this is Marcus, I have a question about my bill',
          'my name is Priya, I want to know where my order is',
          'hello, David here, I need some help',
          'I would rather not say my name, I just need help with my TV',
        ],
      },

      // 2. Triage → specialists. `call` keeps a frame so they hand back with a typed result.
      {
        from: 'triage',
        to: 'technical',
        mode: 'call',
        when: 'Something is not working: internet, Wi-Fi, TV, mobile signal, home phone, or a device.',
        // The target decides the category, not the model.
        sets: { issueCategory: 'technical' },
        history: 'last:4',
        say: 'Let me bring in technical support for that.',
        examples: [
          'my internet keeps dropping',
          'the TV box shows a black screen',
          'I have no signal on my phone',
          'the Wi-Fi is really slow',
          'my router has a red light',
          'nothing works since this morning',
        ],
      },
      {
        from: 'triage',
        to: 'billing',
        mode: 'call',
        when: 'The caller has a billing question: invoices, charges, payments or refunds.',
        sets: { issueCategory: 'billing' },
        carries: z.object({
          email: z.string().optional().describe('The email address on the account, if the caller already gave it.'),
          accountNumber: z.string().optional().describe('The 8-digit account number, if the caller already gave it.'),
        }),
        history: 'last:4',
        say: 'Let me bring in billing for that.',
        examples: [
          'I have a question about my bill',
          'I was charged twice this month',
          'I want a refund',
          'why is my invoice so high',
          'did my payment go through',
          'can I change how I pay',
          'here is my account number, I need help with my bill',
        ],
      },

      // 3. Lateral moves between specialists (the return frame to triage stays in place).
      {
        from: 'technical',
        to: 'billing',
        when: 'The caller’s question turns out to be about their bill: invoices, charges, refunds, or paying for service they did not get.',
        sets: { issueCategory: 'billing' },
        carries: z.object({ collectedDetails: newNeed('billing') }),
        history: 'summary',
        say: 'That is a billing question, so let me pass you to billing.',
        examples: [
          'can I get a refund for the days the internet was down',
          'will I still be charged for this month',
          'actually I also have a question about my invoice',
          'I want money back for the outage',
          'why should I pay full price when the service is broken',
          'I do not want to be charged for days without service',
        ],
      },
      {
        from: 'billing',
        to: 'technical',
        when: 'The caller’s problem turns out to be a service or device fault, or they want someone to come and fix it.',
        sets: { issueCategory: 'technical' },
        carries: z.object({ collectedDetails: newNeed('technical support') }),
        history: 'summary',
        say: 'That sounds like a technical problem, so let me pass you to technical support.',
        examples: [
          'the reason I want a refund is my internet does not work',
          'my router is broken, that is why',
          'actually my TV still has no picture',
          'can you fix my Wi-Fi while I am here',
          'can you get an engineer out to repair it',
          'I need someone to fix the connection',
        ],
      },
    ],

    // 4. Any agent can bring in a human; the escalation agent queues the caller for an operator.
    escalation: {
      agent: 'escalation',
      when: 'The caller asks for a person, is still stuck after the scripted steps, cannot be verified, or needs a decision above your limits (such as a large refund).',
      history: 'summary',
      say: 'I will bring in a colleague who can get a person to help you.',
      record: { reason: 'escalationReason', ticketId: 'ticketId' },
      examples: [
        'I want to talk to a real person',
        'get me a supervisor',
        'this is not working, I want a human',
        'can I speak to someone please',
        'operator',
        'I have been going round in circles, put me through to an agent',
        // The situations in `when`, as callers put them (the policy learns from these, not from `when`).
        'I tried every step and I am still stuck, I need a person',
        'I keep failing the security check, put me through to someone',
      ],
    },

    // 5. Policies.
    policies: {
      maxHandoffs: 10,
      maxPingPong: 2,
      toolTimeoutMs: 8_000,
      summaryTimeoutMs: 3_000,
    },
  });
}

/**
 * `switchboard eval` builds one desk per scenario from this: a fresh in-memory store with the demo
 * data, so a refund or ticket made by one scenario never changes what the next one sees.
 */
export function evalWorkflow(): WorkflowSpec<typeof supportUserData> {
  return supportDeskWorkflow({ store: openStore(':memory:') });
}

// `switchboard console` and `switchboard check` load the default export.
export default supportDeskWorkflow;
