import { afterEach, expect, it } from 'vitest';
import { startCall, step, type TestCall } from 'switchboard/testing';
import { routerWorkflow } from '../workflow.js';

let call: TestCall | undefined;
afterEach(async () => {
  await call?.close();
  call = undefined;
});

it.each([
  ['the team plan', 'The Team plan costs $149 a month and includes ten servers'],
  ['Enterprise', 'The Enterprise plan is priced per contract'],
])('prices %s', async (plan, answer) => {
  const price = step('plan_price', { plan });
  call = await startCall(routerWorkflow(), [price], { at: 'sales' });
  const { output, isError } = await call.use(price);
  expect(isError).toBe(false);
  expect(output).toContain(answer);
});

it('lists the plans when asked about one that does not exist', async () => {
  const price = step('plan_price', { plan: 'platinum' });
  call = await startCall(routerWorkflow(), [price], { at: 'sales' });
  const { output, isError } = await call.use(price);
  expect(isError).toBe(true);
  expect(output).toMatch(/There is no "platinum" plan\. The plans are Starter, Team, Enterprise/);
});
