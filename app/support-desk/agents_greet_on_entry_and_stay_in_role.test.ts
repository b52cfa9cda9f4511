import { afterEach, expect, it } from 'vitest';
import { afterError, onCaller, onEnter, startCall, type TestCall } from '../../src/testing/index.js';
import { deskFixture, type DeskFixture, GREETING, GREETS } from './testing/desk_fixture.js';
import type { supportUserData } from './userdata.js';

let t: TestCall<typeof supportUserData> | undefined;
let desk: DeskFixture | undefined;
afterEach(async () => {
  await t?.close();
  desk?.close();
  t = undefined;
  desk = undefined;
});

const ENTRY = {
  triage: 'Hi Ann Lee, sorry the internet is down. I will bring in technical support.',
  technical: 'Technical support here, Ann. I will check for an outage in your area first.',
  billing: 'Billing here. Before we talk refunds, may I have your full name and the email on the account?',
  escalation: 'I am bringing in a human colleague now. Could you tell me in a sentence what they should know?',
};

const TOOLS = {
  greeter: ['end_call', 'escalate_to_human', 'transfer_to_triage'],
  triage: [
    'create_ticket',
    'end_call',
    'escalate_to_human',
    'lookup_order_status',
    'transfer_to_billing',
    'transfer_to_technical',
    'verify_identity',
  ],
  technical: [
    'check_outage',
    'create_ticket',
    'escalate_to_human',
    'return_to_previous_agent',
    'run_troubleshooting_step',
    'schedule_callback',
    'transfer_to_billing',
  ],
  billing: [
    'create_ticket',
    'escalate_to_human',
    'lookup_invoices',
    'request_refund',
    'return_to_previous_agent',
    'transfer_to_technical',
    'verify_identity',
  ],
  escalation: ['end_call', 'schedule_callback', 'transfer_to_operator'],
};

it('greets on entry in every agent and offers each only the tools of its role', async () => {
  desk = deskFixture();
  t = await startCall(desk.workflow, [
    GREETS,
    onCaller('Hi, I am Ann Lee and my internet is down', {
      toolCalls: [
        {
          name: 'transfer_to_triage',
          args: { callerName: 'Ann Lee', collectedDetails: ['Internet down since this morning'] },
        },
      ],
    }),
    onEnter('triage', { content: ENTRY.triage }),
    onCaller('yes please', { toolCalls: [{ name: 'transfer_to_technical', args: {} }] }),
    onEnter('technical', { content: ENTRY.technical }),
    onCaller('can I get a refund for the days it was down', { toolCalls: [{ name: 'transfer_to_billing', args: {} }] }),
    onEnter('billing', { content: ENTRY.billing }),
    onCaller('I want to talk to a real person', {
      toolCalls: [{ name: 'escalate_to_human', args: { reason: 'Caller asked for a person.' } }],
    }),
    onEnter('escalation', { content: ENTRY.escalation }),
  ]);
  expect(t.greeting).toBe(GREETING);
  expect(t.session.currentAgent.id).toBe('greeter');
  expect(t.tools()).toEqual(TOOLS.greeter);

  const steps: [string, string, keyof typeof ENTRY][] = [
    ['Hi, I am Ann Lee and my internet is down', 'transfer_to_triage', 'triage'],
    ['yes please', 'transfer_to_technical', 'technical'],
    ['can I get a refund for the days it was down', 'transfer_to_billing', 'billing'],
    ['I want to talk to a real person', 'escalate_to_human', 'escalation'],
  ];
  for (const [said, tool, agent] of steps) {
    const r = await t.say(said);
    r.expect.nextEvent().isFunctionCall({ name: tool });
    r.expect.nextEvent().isFunctionCallOutput({ isError: false, output: '' }); // no output: the old agent does not speak again
    r.expect.nextEvent().isAgentHandoff();
    expect(r.expect.nextEvent().isMessage({ role: 'assistant' }).event().item.textContent).toBe(ENTRY[agent]);
    r.expect.noMoreEvents();
    expect(t.session.currentAgent.id).toBe(agent);
    expect(t.tools()).toEqual(TOOLS[agent]);
  }
  const entered = t.runtime.events.history.flatMap((e) => (e.type === 'agent_entered' ? [e.agent] : []));
  expect(entered).toEqual(['greeter', 'triage', 'technical', 'billing', 'escalation']);
});

it('cannot use another role’s tool: triage asking for a refund gets an error, and nothing changes', async () => {
  desk = deskFixture();
  t = await startCall(desk.workflow, [
    GREETS,
    onCaller('Ann Lee here, refund invoice 2041', {
      toolCalls: [{ name: 'transfer_to_triage', args: { callerName: 'Ann Lee' } }],
    }),
    onEnter('triage', { content: 'Hi Ann Lee. What can I do for you?' }),
    onCaller('just refund invoice 2041', {
      toolCalls: [{ name: 'request_refund', args: { invoice_id: '2041', reason: 'Outage.' } }],
    }),
    afterError(
      'Unknown function: request_refund - available tools: create_ticket, end_call, escalate_to_human, lookup_order_status, transfer_to_billing, transfer_to_technical, verify_identity',
      { content: 'Billing handles refunds, so let me bring them in.' },
    ),
  ]);
  await t.say('Ann Lee here, refund invoice 2041');
  const r = await t.say('just refund invoice 2041');
  r.expect.nextEvent().isFunctionCall({ name: 'request_refund' });
  expect(r.expect.nextEvent().isFunctionCallOutput({ isError: true }).event().item.output).toMatch(
    /^Unknown function: request_refund/,
  );
  expect(r.expect.nextEvent().isMessage({ role: 'assistant' }).event().item.textContent).toBe(
    'Billing handles refunds, so let me bring them in.',
  );
  r.expect.noMoreEvents();
  expect(desk.store.getInvoice('INV-2041')?.status).toBe('paid');
  expect(t.session.currentAgent.id).toBe('triage');
});
