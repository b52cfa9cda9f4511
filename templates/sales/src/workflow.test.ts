import { inspectWorkflow } from 'switchboard';
import { afterEach, describe, expect, it } from 'vitest';
import { startCall, step, type TestCall } from 'switchboard/testing';
import type { SalesUserData } from './userdata.js';
import { salesWorkflow } from './workflow.js';

let call: TestCall | undefined;
afterEach(async () => {
  await call?.close();
  call = undefined;
});

it('is a valid graph', () => {
  expect(inspectWorkflow(salesWorkflow()).problems).toEqual([]);
});

it('takes a qualified lead from intro through the demo to a booked meeting', async () => {
  call = await startCall(salesWorkflow(), [
    {
      input: 'I am Dana from Acme',
      toolCalls: [{ name: 'transfer_to_qualification', args: { contactName: 'Dana', company: 'Acme' } }],
    },
    {
      input: 'We are 40, starting this quarter',
      toolCalls: [{ name: 'qualify_lead', args: { team_size: 40, timeline: 'this_quarter' } }],
    },
    { input: 'Show me', toolCalls: [{ name: 'transfer_to_demo', args: {} }] },
    {
      input: 'Does it work with Gmail?',
      toolCalls: [{ name: 'product_info', args: { question: 'Does it work with Gmail?' } }],
    },
    { input: 'Which plan?', toolCalls: [{ name: 'recommend_plan', args: {} }] },
    { input: 'What would it cost us?', toolCalls: [{ name: 'transfer_to_account_executive', args: {} }] },
    { input: 'Book it, dana@acme.com', toolCalls: [{ name: 'book_meeting', args: { email: 'dana@acme.com' } }] },
  ]);
  await call.say('I am Dana from Acme');
  expect(call.userData).toMatchObject({ contactName: 'Dana', company: 'Acme' });
  await call.say('We are 40, starting this quarter');
  expect(call.userData.qualified).toBe(true);
  await call.say('Show me');
  await call.say('Does it work with Gmail?');
  await call.say('Which plan?');
  expect(call.userData.recommendedPlan).toBe('Growth');
  await call.say('What would it cost us?');
  await call.say('Book it, dana@acme.com');
  expect(call.userData).toMatchObject({ meetingTime: 'Tuesday at 10 AM', email: 'dana@acme.com' });
  expect(call.runtime.path).toEqual(['intro', 'qualification', 'demo', 'account_executive']);
});

it('sends a lead that is not a fit to follow-up', async () => {
  call = await startCall(salesWorkflow(), [
    { input: 'Tell me about Relay', toolCalls: [{ name: 'transfer_to_qualification', args: {} }] },
    {
      input: 'Just me, just looking',
      toolCalls: [{ name: 'qualify_lead', args: { team_size: 1, timeline: 'just_looking' } }],
    },
    { input: 'OK', toolCalls: [{ name: 'transfer_to_follow_up', args: {} }] },
  ]);
  await call.say('Tell me about Relay');
  await call.say('Just me, just looking');
  expect(call.userData).toMatchObject({
    qualified: false,
    disqualifyReason: expect.stringMatching(/free self-serve trial/),
  });
  await call.say('OK');
  expect(call.agent).toBe('follow_up');
});

interface EdgeCase {
  from: string;
  tool: string;
  to: string;
  userData?: Partial<SalesUserData>;
}

const qualified: Partial<SalesUserData> = { qualified: true, teamSize: 40, timeline: 'this_quarter' };
const notAFit: Partial<SalesUserData> = { qualified: false, disqualifyReason: 'they are not planning to buy yet' };

const EDGES: EdgeCase[] = [
  { from: 'intro', tool: 'transfer_to_qualification', to: 'qualification' },
  { from: 'qualification', tool: 'transfer_to_demo', to: 'demo', userData: qualified },
  { from: 'qualification', tool: 'transfer_to_follow_up', to: 'follow_up', userData: notAFit },
  { from: 'demo', tool: 'transfer_to_account_executive', to: 'account_executive', userData: qualified },
  ...['intro', 'qualification', 'demo', 'follow_up'].map((from) => ({
    from,
    tool: 'escalate_to_human',
    to: 'account_executive',
  })),
];

describe('edges', () => {
  it('has a test row for every edge', () => {
    const key = (e: { from: string; tool: string; to: string }) => `${e.from} -${e.tool}-> ${e.to}`;
    const compiled = inspectWorkflow(salesWorkflow()).compiled.edges.map(key).sort();
    expect(EDGES.map(key).sort()).toEqual(compiled);
  });

  it.each(EDGES)('$from hands the caller to $to with $tool', async ({ from, tool, to, userData }) => {
    call = await startCall(salesWorkflow(), [step(tool)], { at: from, userData });
    expect((await call.use(step(tool))).isError).toBe(false);
    expect(call.agent).toBe(to);
  });

  it.each([
    ['qualification', 'transfer_to_demo', /not qualified yet/],
    ['qualification', 'transfer_to_follow_up', /Call qualify_lead first/],
    ['demo', 'transfer_to_account_executive', /not qualified yet/],
  ])('%s will not use %s before qualify_lead decided', async (from, tool, refusal) => {
    call = await startCall(salesWorkflow(), [step(tool)], { at: from });
    const { output, isError } = await call.use(step(tool));
    expect(isError).toBe(true);
    expect(output).toMatch(refusal);
    expect(call.agent).toBe(from);
  });

  it('carries the caller’s name and company from the intro', async () => {
    const next = step('transfer_to_qualification', { contactName: 'Dana Ruiz', company: 'Acme' });
    call = await startCall(salesWorkflow(), [next]);
    await call.use(next);
    expect(call.userData).toMatchObject({ contactName: 'Dana Ruiz', company: 'Acme' });
  });

  it('never lets a handoff carry qualification', async () => {
    const sneaky = step('transfer_to_qualification', { qualified: true });
    call = await startCall(salesWorkflow(), [sneaky]);
    await call.use(sneaky);
    expect(call.userData.qualified).toBe(false);
  });
});

describe('the account executive', () => {
  it('brings in a person live through the operator queue', async () => {
    const live = step('transfer_to_operator', { reason: 'Wants to negotiate now.' });
    call = await startCall(salesWorkflow(), [live], { at: 'account_executive', userData: qualified });
    expect((await call.use(live)).isError).toBe(false);
    expect(await call.operatorQueue.list('waiting')).toHaveLength(1);
    expect(call.runtime.outcome).toBe('escalated');
  });
});

describe('ending the call', () => {
  it.each(['intro', 'account_executive', 'follow_up'])('%s can end the call', async (agent) => {
    call = await startCall(salesWorkflow(), [step('end_call')], { at: agent });
    expect((await call.use(step('end_call'))).isError).toBe(false);
    expect(call.runtime.endRequested).toBe(true);
  });
});
