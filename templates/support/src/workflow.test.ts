import { inspectWorkflow } from 'switchboard';
import { afterEach, describe, expect, it } from 'vitest';
import { startCall, step, type TestCall } from 'switchboard/testing';
import type { SupportUserData } from './userdata.js';
import { supportWorkflow } from './workflow.js';

let call: TestCall | undefined;
afterEach(async () => {
  await call?.close();
  call = undefined;
});

it('is a valid graph', () => {
  expect(inspectWorkflow(supportWorkflow()).problems).toEqual([]);
});

it('takes a billing caller from greeting to a refund', async () => {
  call = await startCall(supportWorkflow(), [
    {
      input: 'instructions:enter:greeting',
      content: 'Thanks for calling Brightline Internet support. How can I help?',
    },
    {
      input: 'Hi, this is Ann, I have a question about my bill',
      toolCalls: [{ name: 'transfer_to_triage', args: { callerName: 'Ann' } }],
    },
    { input: 'It is billing', toolCalls: [{ name: 'transfer_to_billing', args: {} }] },
    {
      input: 'Ann Lee, ann.lee@example.com',
      toolCalls: [{ name: 'find_customer', args: { name: 'Ann Lee', email: 'ann.lee@example.com' } }],
    },
    { input: 'Why was April so high?', toolCalls: [{ name: 'latest_invoice', args: {} }] },
    {
      input: 'Please refund INV-3002, I returned that router',
      toolCalls: [{ name: 'request_refund', args: { invoice_id: 'INV-3002', reason: 'Router was returned.' } }],
    },
    { input: 'That is all, bye', toolCalls: [{ name: 'end_call', args: {} }] },
  ]);
  await call.say('Hi, this is Ann, I have a question about my bill');
  expect(call.agent).toBe('triage');
  expect(call.userData.callerName).toBe('Ann');
  await call.say('It is billing');
  expect(call.agent).toBe('billing');
  await call.say('Ann Lee, ann.lee@example.com');
  expect(call.userData).toMatchObject({ customerId: 'C-1001', callerName: 'Ann Lee', plan: 'Fiber 500' });
  await call.say('Why was April so high?');
  await call.say('Please refund INV-3002, I returned that router');
  expect(call.userData.refundId).toBe('R-5001');
  await call.say('That is all, bye');
  expect(call.runtime.endRequested).toBe(true);
  expect(call.runtime.outcome).toBe('resolved');
  expect(call.runtime.path).toEqual(['greeting', 'triage', 'billing']);
});

interface EdgeCase {
  from: string;
  tool: string;
  to: string;
  args?: Record<string, unknown>;
  userData?: Partial<SupportUserData>;
}

// One row per compiled edge; the first test below fails when an edge is added without a row.
const EDGES: EdgeCase[] = [
  { from: 'greeting', tool: 'transfer_to_triage', to: 'triage', args: { callerName: 'Ann' } },
  { from: 'triage', tool: 'transfer_to_technical', to: 'technical' },
  { from: 'triage', tool: 'transfer_to_billing', to: 'billing' },
  { from: 'technical', tool: 'transfer_to_billing', to: 'billing' },
  { from: 'billing', tool: 'transfer_to_technical', to: 'technical' },
  ...['greeting', 'triage', 'technical', 'billing'].map((from) => ({
    from,
    tool: 'escalate_to_human',
    to: 'escalation',
    args: { reason: 'The caller asked for a person.' },
  })),
];

describe('edges', () => {
  it('has a test row for every edge', () => {
    const key = (e: { from: string; tool: string; to: string }) => `${e.from} -${e.tool}-> ${e.to}`;
    const compiled = inspectWorkflow(supportWorkflow()).compiled.edges.map(key).sort();
    expect(EDGES.map(key).sort()).toEqual(compiled);
  });

  it.each(EDGES)('$from hands the caller to $to with $tool', async ({ from, tool, to, args, userData }) => {
    call = await startCall(supportWorkflow(), [step(tool, args)], { at: from, userData });
    const { isError } = await call.use(step(tool, args));
    expect(isError).toBe(false);
    expect(call.agent).toBe(to);
    expect(call.runtime.events.history.find((e) => e.type === 'handoff')).toMatchObject({ from, to, tool });
  });

  it('carries the caller’s name from greeting to triage, which then does not ask again', async () => {
    call = await startCall(supportWorkflow(), [step('transfer_to_triage', { callerName: 'Ann' })]);
    await call.use(step('transfer_to_triage', { callerName: 'Ann' }));
    expect(String(call.session.currentAgent.instructions)).toMatch(/Known facts[\s\S]*callerName: "Ann/);
  });
});

describe('escalation', () => {
  it('queues the caller for a human with a ticket and records why', async () => {
    call = await startCall(
      supportWorkflow(),
      [
        step('escalate_to_human', { reason: 'Refund over the limit.' }),
        {
          input: 'instructions:enter:escalation',
          toolCalls: [{ name: 'transfer_to_operator', args: { reason: 'Refund over the limit.' } }],
        },
      ],
      { at: 'billing', userData: { customerId: 'C-1002', callerName: 'Marco Diaz' } },
    );
    await call.use(step('escalate_to_human', { reason: 'Refund over the limit.' }));
    expect(call.agent).toBe('escalation');
    const [ticket] = await call.operatorQueue.list('waiting');
    expect(ticket).toMatchObject({ reason: 'Refund over the limit.', userData: { customerId: 'C-1002' } });
    expect(call.userData).toMatchObject({ operatorTicket: ticket!.id, escalationReason: 'Refund over the limit.' });
    expect(call.runtime.outcome).toBe('escalated');
  });
});

describe('ending the call', () => {
  it.each(['technical', 'billing', 'escalation'])('%s can end the call', async (agent) => {
    call = await startCall(supportWorkflow(), [step('end_call')], { at: agent });
    const { isError } = await call.use(step('end_call'));
    expect(isError).toBe(false);
    expect(call.runtime.endRequested).toBe(true);
  });
});
