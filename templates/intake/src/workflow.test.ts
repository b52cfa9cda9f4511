import { inspectWorkflow } from 'switchboard';
import { afterEach, describe, expect, it } from 'vitest';
import { startCall, step, type TestCall } from 'switchboard/testing';
import { ClaimsApi } from './api/claims.js';
import type { IntakeUserData } from './userdata.js';
import { intakeWorkflow } from './workflow.js';

let call: TestCall | undefined;
afterEach(async () => {
  await call?.close();
  call = undefined;
});

const march10 = () => new Date(2025, 2, 10, 12);

const filledForm: Partial<IntakeUserData> = {
  fullName: 'Dana Whitfield',
  phone: '9785550142',
  incidentType: 'water',
  incidentDate: '2025-03-09',
  description: 'A pipe burst under the kitchen sink and flooded the floor.',
};

it('is a valid graph', () => {
  expect(inspectWorkflow(intakeWorkflow()).problems).toEqual([]);
});

it('fills the form by voice, verifies the policy and files the claim', async () => {
  const claims = new ClaimsApi({ now: march10 });
  call = await startCall(intakeWorkflow({ claims }), [
    { input: 'I need to report a claim', toolCalls: [{ name: 'transfer_to_data_collection', args: {} }] },
    {
      input: 'Dana Whitfield, 978 555 0142',
      toolCalls: [{ name: 'save_contact', args: { full_name: 'Dana Whitfield', phone: '978 555 0142' } }],
    },
    {
      input: 'A pipe burst yesterday',
      toolCalls: [
        {
          name: 'save_incident',
          args: {
            incident_type: 'water',
            incident_date: '2025-03-09',
            description: 'A pipe burst and flooded the kitchen.',
          },
        },
      ],
    },
    { input: 'That is everything', toolCalls: [{ name: 'transfer_to_verification', args: {} }] },
    {
      input: 'HM-482913, July 12 1984',
      toolCalls: [{ name: 'verify_policy', args: { policy_number: 'HM-482913', date_of_birth: 'July 12, 1984' } }],
    },
    { input: 'What next?', toolCalls: [{ name: 'transfer_to_confirmation', args: {} }] },
    { input: 'Read it back', toolCalls: [{ name: 'review_claim', args: {} }] },
    { input: 'Yes, submit it', toolCalls: [{ name: 'submit_claim', args: {} }] },
    { input: 'Thanks, bye', toolCalls: [{ name: 'end_call', args: {} }] },
  ]);
  for (const line of [
    'I need to report a claim',
    'Dana Whitfield, 978 555 0142',
    'A pipe burst yesterday',
    'That is everything',
    'HM-482913, July 12 1984',
    'What next?',
    'Read it back',
    'Yes, submit it',
    'Thanks, bye',
  ]) {
    await call.say(line);
  }
  expect(call.userData).toMatchObject({ verified: true, policyNumber: 'HM-482913', claimId: 'CLM-70001' });
  expect(claims.claims[0]).toMatchObject({ incidentType: 'water', incidentDate: '2025-03-09', phone: '9785550142' });
  expect(call.runtime.path).toEqual(['welcome', 'data_collection', 'verification', 'confirmation']);
  expect(call.runtime.endRequested).toBe(true);
});

interface EdgeCase {
  from: string;
  tool: string;
  to: string;
  userData?: Partial<IntakeUserData>;
}

const EDGES: EdgeCase[] = [
  { from: 'welcome', tool: 'transfer_to_data_collection', to: 'data_collection' },
  { from: 'data_collection', tool: 'transfer_to_verification', to: 'verification', userData: filledForm },
  {
    from: 'verification',
    tool: 'transfer_to_confirmation',
    to: 'confirmation',
    userData: { ...filledForm, verified: true },
  },
  { from: 'confirmation', tool: 'transfer_to_data_collection', to: 'data_collection', userData: filledForm },
  ...['welcome', 'data_collection', 'verification', 'confirmation'].map((from) => ({
    from,
    tool: 'escalate_to_human',
    to: 'claims_handler',
  })),
];

describe('edges', () => {
  it('has a test row for every edge', () => {
    const key = (e: { from: string; tool: string; to: string }) => `${e.from} -${e.tool}-> ${e.to}`;
    const compiled = inspectWorkflow(intakeWorkflow()).compiled.edges.map(key).sort();
    expect(EDGES.map(key).sort()).toEqual(compiled);
  });

  it.each(EDGES)('$from hands the caller to $to with $tool', async ({ from, tool, to, userData }) => {
    call = await startCall(intakeWorkflow(), [step(tool)], { at: from, userData });
    expect((await call.use(step(tool))).isError).toBe(false);
    expect(call.agent).toBe(to);
  });

  it('will not verify before the form is complete, and says what is missing', async () => {
    const next = step('transfer_to_verification');
    call = await startCall(intakeWorkflow(), [next], {
      at: 'data_collection',
      userData: { fullName: 'Dana Whitfield' },
    });
    const { output, isError } = await call.use(next);
    expect(isError).toBe(true);
    expect(output).toMatch(/form is not complete yet/);
    expect(call.agent).toBe('data_collection');
  });

  it('will not move to confirmation before verification', async () => {
    const next = step('transfer_to_confirmation');
    call = await startCall(intakeWorkflow(), [next], { at: 'verification', userData: filledForm });
    const { output, isError } = await call.use(next);
    expect(isError).toBe(true);
    expect(output).toMatch(/not verified yet/);
  });

  it('never lets a handoff mark the caller verified', async () => {
    const sneaky = step('transfer_to_data_collection', { verified: true });
    call = await startCall(intakeWorkflow(), [sneaky]);
    await call.use(sneaky);
    expect(call.userData.verified).toBe(false);
  });
});

describe('escalation', () => {
  it('queues the caller for a claims handler with everything collected', async () => {
    call = await startCall(
      intakeWorkflow(),
      [
        step('escalate_to_human', { reason: 'Verification locked.' }),
        {
          input: 'instructions:enter:claims_handler',
          toolCalls: [{ name: 'transfer_to_operator', args: { reason: 'Verification locked.' } }],
        },
      ],
      { at: 'verification', userData: filledForm },
    );
    await call.use(step('escalate_to_human', { reason: 'Verification locked.' }));
    const [ticket] = await call.operatorQueue.list('waiting');
    expect(ticket).toMatchObject({
      reason: 'Verification locked.',
      // The operator queue stores PII redacted (phones, emails, card and account numbers).
      userData: { fullName: 'Dana Whitfield', phone: '[phone]' },
    });
    expect(call.userData.operatorTicket).toBe(ticket!.id);
  });
});

describe('ending the call', () => {
  it.each(['welcome', 'confirmation', 'claims_handler'])('%s can end the call', async (agent) => {
    call = await startCall(intakeWorkflow(), [step('end_call')], { at: agent });
    expect((await call.use(step('end_call'))).isError).toBe(false);
    expect(call.runtime.endRequested).toBe(true);
  });
});
