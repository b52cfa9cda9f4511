import { afterEach, expect, it } from 'vitest';
import { startCall, step, type TestCall } from 'switchboard/testing';
import { ClaimsApi } from '../api/claims.js';
import type { IntakeUserData } from '../userdata.js';
import { intakeWorkflow } from '../workflow.js';

let call: TestCall | undefined;
afterEach(async () => {
  await call?.close();
  call = undefined;
});

const verifiedForm: Partial<IntakeUserData> = {
  fullName: 'Dana Whitfield',
  phone: '9785550142',
  incidentType: 'water',
  incidentDate: '2025-03-09',
  description: 'A pipe burst under the kitchen sink.',
  policyNumber: 'HM-482913',
  verified: true,
};

it('reads the form back', async () => {
  const review = step('review_claim');
  call = await startCall(intakeWorkflow(), [review], { at: 'confirmation', userData: verifiedForm });
  const { output, isError } = await call.use(review);
  expect(isError).toBe(false);
  expect(output).toMatch(/^Dana Whitfield, phone 9785550142: a water incident on March 9, 2025\. "A pipe burst/);
});

it('sends the caller back when the form has gaps', async () => {
  const review = step('review_claim');
  call = await startCall(intakeWorkflow(), [review], { at: 'confirmation', userData: { fullName: 'Dana Whitfield' } });
  const { output, isError } = await call.use(review);
  expect(isError).toBe(true);
  expect(output).toMatch(/Still needed: phone number.*Transfer back to data collection/);
});

it('files the claim once and gives the claim number', async () => {
  const claims = new ClaimsApi();
  const submit = step('submit_claim');
  call = await startCall(intakeWorkflow({ claims }), [submit, { ...submit, input: 'again' }], {
    at: 'confirmation',
    userData: verifiedForm,
  });
  const first = await call.use(submit);
  expect(first.isError).toBe(false);
  expect(first.output).toMatch(/^Your claim is filed as CLM-70001\. An adjuster will call 9785550142/);
  const again = await call.use({ ...submit, input: 'again' });
  expect(again.isError).toBe(true);
  expect(again.output).toMatch(/already filed/);
  expect(claims.claims).toHaveLength(1);
});

it('will not file a claim before the policy is verified', async () => {
  const claims = new ClaimsApi();
  const submit = step('submit_claim');
  call = await startCall(intakeWorkflow({ claims }), [submit], {
    at: 'confirmation',
    userData: { ...verifiedForm, verified: false },
  });
  const { output, isError } = await call.use(submit);
  expect(isError).toBe(true);
  expect(output).toMatch(/not verified yet/);
  expect(claims.claims).toHaveLength(0);
});
