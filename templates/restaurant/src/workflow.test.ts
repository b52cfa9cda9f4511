import { inspectWorkflow } from 'switchboard';
import { afterEach, describe, expect, it } from 'vitest';
import { startCall, step, type TestCall } from 'switchboard/testing';
import { Kitchen } from './api/kitchen.js';
import type { RestaurantUserData } from './userdata.js';
import { restaurantWorkflow } from './workflow.js';

let call: TestCall | undefined;
afterEach(async () => {
  await call?.close();
  call = undefined;
});

const twoPizzas: Partial<RestaurantUserData> = {
  order: [{ itemId: 'margherita', name: 'Margherita pizza', quantity: 2, unitPriceCents: 1400 }],
};

it('is a valid graph', () => {
  expect(inspectWorkflow(restaurantWorkflow()).problems).toEqual([]);
});

it('takes a pickup order from the first question to the kitchen', async () => {
  const kitchen = new Kitchen({ now: () => new Date(2025, 4, 2, 18, 0) });
  call = await startCall(restaurantWorkflow({ kitchen }), [
    { input: 'Do you have vegan options?', toolCalls: [{ name: 'transfer_to_menu', args: {} }] },
    { input: 'What is vegan?', toolCalls: [{ name: 'search_menu', args: { question: 'vegan' } }] },
    { input: 'I will take that', toolCalls: [{ name: 'transfer_to_order_taking', args: {} }] },
    {
      input: 'One arrabbiata and two margheritas',
      toolCalls: [
        { name: 'add_item', args: { item: 'arrabbiata', quantity: 1 } },
        { name: 'add_item', args: { item: 'margherita', quantity: 2 } },
      ],
    },
    { input: 'That is everything', toolCalls: [{ name: 'transfer_to_payment', args: {} }] },
    { input: 'I will pay at pickup', toolCalls: [{ name: 'pay_at_pickup', args: {} }] },
    { input: 'Great', toolCalls: [{ name: 'transfer_to_confirmation', args: {} }] },
    { input: 'Put it under Sam', toolCalls: [{ name: 'place_order', args: { name: 'Sam' } }] },
  ]);
  for (const line of [
    'Do you have vegan options?',
    'What is vegan?',
    'I will take that',
    'One arrabbiata and two margheritas',
    'That is everything',
    'I will pay at pickup',
    'Great',
    'Put it under Sam',
  ]) {
    await call.say(line);
  }
  expect(call.userData).toMatchObject({
    payment: 'at_pickup',
    orderNumber: '101',
    customerName: 'Sam',
    readyAt: '6:25 PM',
  });
  expect(kitchen.orders[0]).toMatchObject({
    totalCents: 4300,
    lines: [
      { itemId: 'arrabbiata', quantity: 1 },
      { itemId: 'margherita', quantity: 2 },
    ],
  });
  expect(call.runtime.path).toEqual(['welcome', 'menu', 'order_taking', 'payment', 'confirmation']);
});

interface EdgeCase {
  from: string;
  tool: string;
  to: string;
  userData?: Partial<RestaurantUserData>;
}

const EDGES: EdgeCase[] = [
  { from: 'welcome', tool: 'transfer_to_menu', to: 'menu' },
  { from: 'welcome', tool: 'transfer_to_order_taking', to: 'order_taking' },
  { from: 'menu', tool: 'transfer_to_order_taking', to: 'order_taking' },
  { from: 'order_taking', tool: 'transfer_to_payment', to: 'payment', userData: twoPizzas },
  { from: 'payment', tool: 'transfer_to_order_taking', to: 'order_taking', userData: twoPizzas },
  {
    from: 'payment',
    tool: 'transfer_to_confirmation',
    to: 'confirmation',
    userData: { ...twoPizzas, payment: 'at_pickup' },
  },
];

describe('edges', () => {
  it('has a test row for every edge', () => {
    const key = (e: { from: string; tool: string; to: string }) => `${e.from} -${e.tool}-> ${e.to}`;
    const compiled = inspectWorkflow(restaurantWorkflow()).compiled.edges.map(key).sort();
    expect(EDGES.map(key).sort()).toEqual(compiled);
  });

  it.each(EDGES)('$from hands the caller to $to with $tool', async ({ from, tool, to, userData }) => {
    call = await startCall(restaurantWorkflow(), [step(tool)], { at: from, userData });
    expect((await call.use(step(tool))).isError).toBe(false);
    expect(call.agent).toBe(to);
  });

  it('will not take payment for an empty order', async () => {
    call = await startCall(restaurantWorkflow(), [step('transfer_to_payment')], { at: 'order_taking' });
    const { output, isError } = await call.use(step('transfer_to_payment'));
    expect(isError).toBe(true);
    expect(output).toMatch(/The order is empty/);
    expect(call.agent).toBe('order_taking');
  });

  it('will not confirm before payment is arranged', async () => {
    call = await startCall(restaurantWorkflow(), [step('transfer_to_confirmation')], {
      at: 'payment',
      userData: twoPizzas,
    });
    const { output, isError } = await call.use(step('transfer_to_confirmation'));
    expect(isError).toBe(true);
    expect(output).toMatch(/Payment is not arranged yet/);
  });
});

describe('ending the call', () => {
  it.each(['welcome', 'confirmation'])('%s can end the call', async (agent) => {
    call = await startCall(restaurantWorkflow(), [step('end_call')], { at: agent });
    expect((await call.use(step('end_call'))).isError).toBe(false);
    expect(call.runtime.endRequested).toBe(true);
  });
});
