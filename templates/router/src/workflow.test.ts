import { inspectWorkflow } from 'switchboard';
import { afterEach, describe, expect, it } from 'vitest';
import { startCall, step, type TestCall } from 'switchboard/testing';
import { routerWorkflow } from './workflow.js';

let call: TestCall | undefined;
afterEach(async () => {
  await call?.close();
  call = undefined;
});

it('is a valid graph', () => {
  expect(inspectWorkflow(routerWorkflow()).problems).toEqual([]);
});

it('routes two questions in one call and gets the caller back each time', async () => {
  call = await startCall(routerWorkflow(), [
    { input: 'instructions:enter:router', content: 'Nimbus Cloud, how can I help?' },
    { input: 'The database is really slow', toolCalls: [{ name: 'transfer_to_technical', args: {} }] },
    { input: 'It is the database', toolCalls: [{ name: 'service_status', args: { service: 'database' } }] },
    {
      input: 'OK, that is all I needed',
      toolCalls: [
        { name: 'return_to_previous_agent', args: { resolved: true, summary: 'Databases are degraded in eu-west.' } },
      ],
    },
    { input: 'How much do I owe?', toolCalls: [{ name: 'transfer_to_billing', args: {} }] },
    { input: 'NC-2210', toolCalls: [{ name: 'account_balance', args: { account_id: 'NC-2210' } }] },
    {
      input: 'Got it, thanks',
      toolCalls: [{ name: 'return_to_previous_agent', args: { resolved: true, summary: '$29 is due on NC-2210.' } }],
    },
    { input: 'Nothing else, bye', toolCalls: [{ name: 'end_call', args: {} }] },
  ]);
  await call.say('The database is really slow');
  expect(call.agent).toBe('technical');
  expect(call.runtime.stack).toEqual([{ agent: 'router' }]);
  await call.say('It is the database');
  await call.say('OK, that is all I needed');
  expect(call.agent).toBe('router');
  expect(call.userData).toMatchObject({ resolved: true, summary: 'Databases are degraded in eu-west.' });
  await call.say('How much do I owe?');
  await call.say('NC-2210');
  expect(call.userData.accountId).toBe('NC-2210');
  await call.say('Got it, thanks');
  expect(call.agent).toBe('router');
  await call.say('Nothing else, bye');
  expect(call.runtime.endRequested).toBe(true);
  expect(call.runtime.path).toEqual(['router', 'technical', 'router', 'billing', 'router']);
});

const SPECIALISTS = ['technical', 'billing', 'sales', 'general'];

describe('edges', () => {
  it('has a test for every edge', () => {
    const edges = inspectWorkflow(routerWorkflow()).compiled.edges.map(
      (e) => `${e.from} -${e.tool}-> ${e.to} (${e.mode})`,
    );
    expect(edges.sort()).toEqual(SPECIALISTS.map((s) => `router -transfer_to_${s}-> ${s} (call)`).sort());
  });

  it.each(SPECIALISTS)('router calls %s, which hands the caller back with its result', async (specialist) => {
    const back = step('return_to_previous_agent', { resolved: false, summary: 'Could not find an answer.' });
    call = await startCall(routerWorkflow(), [step(`transfer_to_${specialist}`), back]);
    expect((await call.use(step(`transfer_to_${specialist}`))).isError).toBe(false);
    expect(call.agent).toBe(specialist);

    expect((await call.use(back)).isError).toBe(false);
    expect(call.agent).toBe('router');
    expect(call.userData).toMatchObject({ resolved: false, summary: 'Could not find an answer.' });
    expect(call.runtime.events.history.find((e) => e.type === 'return')).toMatchObject({
      from: specialist,
      to: 'router',
    });
  });

  it('keeps the caller with the specialist when its result is malformed', async () => {
    const bad = step('return_to_previous_agent', { resolved: 'yes' });
    call = await startCall(routerWorkflow(), [step('transfer_to_sales'), bad]);
    await call.use(step('transfer_to_sales'));
    expect((await call.use(bad)).isError).toBe(true);
    expect(call.agent).toBe('sales');
  });
});

it('lets the router end the call', async () => {
  call = await startCall(routerWorkflow(), [step('end_call')]);
  expect((await call.use(step('end_call'))).isError).toBe(false);
  expect(call.runtime.endRequested).toBe(true);
});
