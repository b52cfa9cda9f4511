import { afterEach, describe, expect, it } from 'vitest';
import { startCall, step, type TestCall } from 'switchboard/testing';
import type { RestaurantUserData } from '../userdata.js';
import { restaurantWorkflow } from '../workflow.js';

let call: TestCall | undefined;
afterEach(async () => {
  await call?.close();
  call = undefined;
});

const paidPizzas: Partial<RestaurantUserData> = {
  order: [{ itemId: 'margherita', name: 'Margherita pizza', quantity: 2, unitPriceCents: 1400 }],
  payment: 'link_paid',
};

async function run(tool: string, args: Record<string, unknown>, userData?: Partial<RestaurantUserData>) {
  const turn = step(tool, args);
  call = await startCall(restaurantWorkflow(), [turn], { at: 'order_taking', userData });
  return call.use(turn);
}

describe('add_item', () => {
  it('adds to an existing line and clears an arranged payment', async () => {
    const { output, isError } = await run('add_item', { item: 'margherita', quantity: 1 }, paidPizzas);
    expect(isError).toBe(false);
    expect(output).toBe('Added 1 Margherita pizza. The order is now 3 Margherita pizza; total $42.00.');
    expect(call!.userData.order).toEqual([
      { itemId: 'margherita', name: 'Margherita pizza', quantity: 3, unitPriceCents: 1400 },
    ]);
    expect(call!.userData.payment).toBeUndefined();
  });

  it.each([
    [{ item: 'sushi', quantity: 1 }, /item/],
    [{ item: 'tiramisu', quantity: 1 }, /Tiramisu is sold out today/],
    [{ item: 'carbonara', quantity: 25 }, /1 to 20 of each dish/],
  ])('refuses %j with what to do instead', async (args, refusal) => {
    const { output, isError } = await run('add_item', args);
    expect(isError).toBe(true);
    expect(output).toMatch(refusal);
    expect(call!.userData.order).toEqual([]);
  });
});

describe('remove_item', () => {
  it('removes a dish', async () => {
    const { output, isError } = await run('remove_item', { item: 'margherita' }, paidPizzas);
    expect(isError).toBe(false);
    expect(output).toBe('Removed the Margherita pizza. The order is empty now.');
    expect(call!.userData).toMatchObject({ order: [] });
    expect(call!.userData.payment).toBeUndefined();
  });

  it('says when the dish is not in the order', async () => {
    const { output, isError } = await run('remove_item', { item: 'gelato' }, paidPizzas);
    expect(isError).toBe(true);
    expect(output).toMatch(/"gelato" is not in the order/);
    expect(call!.userData.order).toHaveLength(1);
  });
});

describe('read_order', () => {
  it('reads the order back with the total', async () => {
    const { output } = await run('read_order', {}, paidPizzas);
    expect(output).toBe('The order is 2 Margherita pizza; total $28.00.');
  });

  it('says when the order is empty', async () => {
    const { output, isError } = await run('read_order', {});
    expect(isError).toBe(true);
    expect(output).toMatch(/order is empty/);
  });
});
