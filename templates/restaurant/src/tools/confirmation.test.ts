import { afterEach, expect, it } from 'vitest';
import { startCall, step, type TestCall } from 'switchboard/testing';
import { Kitchen } from '../api/kitchen.js';
import type { RestaurantUserData } from '../userdata.js';
import { restaurantWorkflow } from '../workflow.js';

let call: TestCall | undefined;
afterEach(async () => {
  await call?.close();
  call = undefined;
});

const paid: Partial<RestaurantUserData> = {
  order: [{ itemId: 'carbonara', name: 'Spaghetti carbonara', quantity: 1, unitPriceCents: 1700 }],
  payment: 'at_pickup',
};

it('sends the order to the kitchen once, with a number and a pickup time', async () => {
  const kitchen = new Kitchen({ now: () => new Date(2025, 4, 2, 12, 50) });
  const place = step('place_order', { name: 'Alex' });
  call = await startCall(restaurantWorkflow({ kitchen }), [place, { ...place, input: 'again' }], {
    at: 'confirmation',
    userData: paid,
  });
  const first = await call.use(place);
  expect(first.isError).toBe(false);
  expect(first.output).toBe(
    'Order 101 for Alex is with the kitchen: 1 Spaghetti carbonara; total $17.00. It will be ready at 1:15 PM.',
  );
  const again = await call.use({ ...place, input: 'again' });
  expect(again.isError).toBe(true);
  expect(again.output).toMatch(/already with the kitchen/);
  expect(kitchen.orders).toHaveLength(1);
});

it('will not send an unpaid order to the kitchen', async () => {
  const kitchen = new Kitchen();
  const place = step('place_order', { name: 'Alex' });
  call = await startCall(restaurantWorkflow({ kitchen }), [place], {
    at: 'confirmation',
    userData: { ...paid, payment: undefined },
  });
  const { output, isError } = await call.use(place);
  expect(isError).toBe(true);
  expect(output).toMatch(/Payment is not arranged yet/);
  expect(kitchen.orders).toHaveLength(0);
});

it('asks for a name when none was given', async () => {
  const place = step('place_order', { name: ' ' });
  call = await startCall(restaurantWorkflow(), [place], { at: 'confirmation', userData: paid });
  const { output, isError } = await call.use(place);
  expect(isError).toBe(true);
  expect(output).toMatch(/need a name for the order/);
});
