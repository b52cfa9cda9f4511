import { afterEach, expect, it } from 'vitest';
import { startCall, step, type TestCall } from 'switchboard/testing';
import { salesWorkflow } from '../workflow.js';

let call: TestCall | undefined;
afterEach(async () => {
  await call?.close();
  call = undefined;
});

it('answers product questions from the product notes', async () => {
  const ask = step('product_info', { question: 'Is there an Android app?' });
  call = await startCall(salesWorkflow(), [ask], { at: 'demo' });
  const { output, isError } = await call.use(ask);
  expect(isError).toBe(false);
  expect(output).toMatch(/iPhone and Android apps/);
});

it('admits what the notes do not cover and names what they do', async () => {
  const ask = step('product_info', { question: 'Can it make coffee?' });
  call = await startCall(salesWorkflow(), [ask], { at: 'demo' });
  const { output, isError } = await call.use(ask);
  expect(isError).toBe(true);
  expect(output).toMatch(/do not cover that.*integrations, pipeline, reporting, security, mobile/);
});

it.each([
  [5, 'Starter fits a team of 5: $12 per seat, about $60 a month.', 'Starter'],
  [500, 'Enterprise fits a team of 500; the account executive prices it for them.', 'Enterprise'],
])('recommends a plan for a team of %i', async (teamSize, answer, plan) => {
  const recommend = step('recommend_plan');
  call = await startCall(salesWorkflow(), [recommend], { at: 'demo', userData: { teamSize, qualified: true } });
  const { output, isError } = await call.use(recommend);
  expect(isError).toBe(false);
  expect(output).toBe(answer);
  expect(call.userData.recommendedPlan).toBe(plan);
});

it('asks for the team size before recommending', async () => {
  const recommend = step('recommend_plan');
  call = await startCall(salesWorkflow(), [recommend], { at: 'demo' });
  const { output, isError } = await call.use(recommend);
  expect(isError).toBe(true);
  expect(output).toMatch(/need the team size first/);
});
