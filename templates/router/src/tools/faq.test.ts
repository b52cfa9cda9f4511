import { afterEach, expect, it } from 'vitest';
import { startCall, step, type TestCall } from 'switchboard/testing';
import { routerWorkflow } from '../workflow.js';

let call: TestCall | undefined;
afterEach(async () => {
  await call?.close();
  call = undefined;
});

it('answers from the company notes', async () => {
  const ask = step('company_faq', { question: 'What are your opening hours?' });
  call = await startCall(routerWorkflow(), [ask], { at: 'general' });
  const { output, isError } = await call.use(ask);
  expect(isError).toBe(false);
  expect(output).toMatch(/^Phone support is open Monday to Friday/);
});

it('admits when the notes have no answer and suggests handing back', async () => {
  const ask = step('company_faq', { question: 'Do you sponsor a football team?' });
  call = await startCall(routerWorkflow(), [ask], { at: 'general' });
  const { output, isError } = await call.use(ask);
  expect(isError).toBe(true);
  expect(output).toMatch(/no answer to that.*hand the caller back/);
});
