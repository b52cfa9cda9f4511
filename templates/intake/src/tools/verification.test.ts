import { afterEach, expect, it } from 'vitest';
import { startCall, step, type TestCall } from 'switchboard/testing';
import { intakeWorkflow } from '../workflow.js';

let call: TestCall | undefined;
afterEach(async () => {
  await call?.close();
  call = undefined;
});

const dana = { fullName: 'Dana Whitfield' };

it('verifies a spoken policy number and date of birth', async () => {
  const verify = step('verify_policy', { policy_number: 'hm 482913', date_of_birth: 'July 12, 1984' });
  call = await startCall(intakeWorkflow(), [verify], { at: 'verification', userData: dana });
  const { output, isError } = await call.use(verify);
  expect(isError).toBe(false);
  expect(output).toBe('Verified: policy HM-482913 for Dana Whitfield, covering 14 Orchard Lane, Salem.');
  expect(call.userData).toMatchObject({ verified: true, policyNumber: 'HM-482913' });
});

it('counts failed attempts without saying which detail was wrong, then locks', async () => {
  const wrong = step('verify_policy', { policy_number: 'HM-482913', date_of_birth: '1984-07-13' });
  const turns = [1, 2, 3, 4].map((n) => ({ ...wrong, input: `attempt ${n}` }));
  call = await startCall(intakeWorkflow(), turns, { at: 'verification', userData: dana });
  const outputs: string[] = [];
  for (const turn of turns) {
    const { output, isError } = await call.use(turn);
    expect(isError).toBe(true);
    outputs.push(output);
  }
  expect(outputs[0]).toMatch(/do not match a policy \(attempt 1 of 3\).*do not say which one was wrong/);
  expect(outputs[2]).toMatch(/verification is now locked\. Offer to bring in a claims handler/);
  expect(outputs[3]).toMatch(/locked after three failed attempts/);
  expect(call.userData).toMatchObject({ verified: false, verificationAttempts: 3 });
});

it('refuses a policy held by someone else', async () => {
  const verify = step('verify_policy', { policy_number: 'HM-551207', date_of_birth: '1979-02-03' });
  call = await startCall(intakeWorkflow(), [verify], { at: 'verification', userData: dana });
  const { isError } = await call.use(verify);
  expect(isError).toBe(true);
  expect(call.userData.verified).toBe(false);
});

it('sends an inactive policy to a claims handler', async () => {
  const verify = step('verify_policy', { policy_number: 'HM-300118', date_of_birth: '1991-11-30' });
  call = await startCall(intakeWorkflow(), [verify], { at: 'verification', userData: { fullName: 'Grace Kim' } });
  const { output, isError } = await call.use(verify);
  expect(isError).toBe(true);
  expect(output).toMatch(/no longer active.*Offer a claims handler/);
});

it('refuses a caller who shares only the last name, or adds words to the policyholder’s name', async () => {
  for (const fullName of ['Eve Whitfield', 'Dana Ann Whitfield', 'Whitfield']) {
    const verify = step('verify_policy', { policy_number: 'HM-482913', date_of_birth: '1984-07-12' });
    call = await startCall(intakeWorkflow(), [verify], { at: 'verification', userData: { fullName } });
    const { isError } = await call.use(verify);
    expect(isError).toBe(true);
    expect(call.userData.verified).toBe(false);
    await call.close();
  }
  call = undefined;
});

it('asks for a date of birth it cannot read, reads the answer back, then verifies', async () => {
  const verify = step('verify_policy', { policy_number: 'HM-482913', date_of_birth: 'July 1984' });
  call = await startCall(intakeWorkflow(), [verify], { at: 'verification', userData: dana });
  const said = () => {
    const items = call!.session.history.items.filter((i) => i.type === 'message' && i.role === 'assistant');
    return (items.at(-1) as { textContent?: string } | undefined)?.textContent;
  };
  await call.say(verify.input);
  await expect
    .poll(said)
    .toBe('I did not catch a full date of birth (day, month and year). What is your date of birth?');
  await call.say('the twelfth of july nineteen eighty four');
  await expect.poll(said).toBe('I have July 12, 1984. Is that right?');
  await call.say('yes');
  await expect.poll(() => call!.userData).toMatchObject({ verified: true, policyNumber: 'HM-482913' });
});
