import { afterEach, expect, it } from 'vitest';
import { startCall, step, type TestCall } from 'switchboard/testing';
import { restaurantWorkflow } from '../workflow.js';

let call: TestCall | undefined;
afterEach(async () => {
  await call?.close();
  call = undefined;
});

it.each([
  ['vegan', 'Penne arrabbiata, $15.00: tomato, garlic and chili.'],
  ['what is in the carbonara', 'Spaghetti carbonara, $17.00: egg, pecorino, guanciale and black pepper.'],
  [
    'desserts',
    'Tiramisu, $8.50: mascarpone, espresso and cocoa (sold out today). Pistachio gelato, $7.00: made in house; contains nuts.',
  ],
])('finds %j', async (query, answer) => {
  const search = step('search_menu', { question: query });
  call = await startCall(restaurantWorkflow(), [search], { at: 'menu' });
  const { output, isError } = await call.use(search);
  expect(isError).toBe(false);
  expect(output).toBe(answer);
});

it('suggests courses when nothing matches', async () => {
  const search = step('search_menu', { question: 'sushi' });
  call = await startCall(restaurantWorkflow(), [search], { at: 'menu' });
  const { output, isError } = await call.use(search);
  expect(isError).toBe(true);
  expect(output).toMatch(/Nothing on the menu matches "sushi"\. Suggest the pizzas/);
});
