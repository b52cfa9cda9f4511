import { afterEach, expect, it } from 'vitest';
import { startCall, step, type TestCall } from 'switchboard/testing';
import { routerWorkflow } from '../workflow.js';

let call: TestCall | undefined;
afterEach(async () => {
  await call?.close();
  call = undefined;
});

it.each([
  ['the db is slow', /managed database service is degraded: slow queries in the eu-west region/],
  ['dashboard', /web dashboard is fully operational\. What error do you see/],
])('reports the status of %s', async (service, answer) => {
  const check = step('service_status', { service });
  call = await startCall(routerWorkflow(), [check], { at: 'technical' });
  const { output, isError } = await call.use(check);
  expect(isError).toBe(false);
  expect(output).toMatch(answer);
});

it('names the known services when the service is unknown', async () => {
  const check = step('service_status', { service: 'printer' });
  call = await startCall(routerWorkflow(), [check], { at: 'technical' });
  const { output, isError } = await call.use(check);
  expect(isError).toBe(true);
  expect(output).toBe(
    'I do not know a service called "printer". Ask which one it is: public API, web dashboard, managed database service, object storage, transactional email.',
  );
});
