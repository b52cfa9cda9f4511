import { afterEach, expect, it } from 'vitest';
import { startCall, step, type TestCall } from 'switchboard/testing';
import { salesWorkflow } from '../workflow.js';

let call: TestCall | undefined;
afterEach(async () => {
  await call?.close();
  call = undefined;
});

async function qualify(args: Record<string, unknown>) {
  const turn = step('qualify_lead', args);
  call = await startCall(salesWorkflow(), [turn], { at: 'qualification' });
  return call.use(turn);
}

it('qualifies a team that wants to start soon and records what it learned', async () => {
  const { output, isError } = await qualify({ team_size: 12, timeline: 'this_month', use_case: 'tracking renewals' });
  expect(isError).toBe(false);
  expect(output).toMatch(/^Great, a team of 12 starting this month is a good fit/);
  expect(call!.userData).toMatchObject({
    qualified: true,
    teamSize: 12,
    timeline: 'this_month',
    useCase: 'tracking renewals',
  });
});

it.each([
  [{ team_size: 2, timeline: 'this_month' }, /free self-serve trial/],
  [{ team_size: 30, timeline: 'just_looking' }, /not planning to buy yet/],
])('marks %j as not a fit yet, with the reason', async (args, reason) => {
  const { output, isError } = await qualify(args);
  expect(isError).toBe(false);
  expect(output).toMatch(/^Thanks for telling me\. Right now .* so a follow-up is the best next step/);
  expect(call!.userData.qualified).toBe(false);
  expect(call!.userData.disqualifyReason).toMatch(reason);
});

it('asks again for an impossible team size', async () => {
  const { output, isError } = await qualify({ team_size: 0, timeline: 'this_year' });
  expect(isError).toBe(true);
  expect(output).toMatch(/A team of 0 does not sound right\. Ask how many people/);
  expect(call!.userData.teamSize).toBeUndefined();
});
