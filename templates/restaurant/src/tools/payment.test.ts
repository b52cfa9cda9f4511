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

const order = (quantity: number): Partial<RestaurantUserData> => ({
  order: [{ itemId: 'diavola', name: 'Diavola pizza', quantity, unitPriceCents: 1650 }],
});

it('accepts payment at pickup for a normal order', async () => {
  const pay = step('pay_at_pickup');
  call = await startCall(restaurantWorkflow(), [pay], { at: 'payment', userData: order(2) });
  const { output, isError } = await call.use(pay);
  expect(isError).toBe(false);
  expect(output).toBe('Payment of $33.00 at pickup is fine.');
  expect(call.userData.payment).toBe('at_pickup');
});

it('asks for payment in advance on a large order', async () => {
  const pay = step('pay_at_pickup');
  call = await startCall(restaurantWorkflow(), [pay], { at: 'payment', userData: order(10) });
  const { output, isError } = await call.use(pay);
  expect(isError).toBe(true);
  expect(output).toMatch(/over \$150\.00 must be paid in advance\. Offer to text a payment link/);
  expect(call.userData.payment).toBeUndefined();
});

it('texts a payment link for the order total', async () => {
  const kitchen = new Kitchen();
  const link = step('send_payment_link', { phone: '(415) 555-0188' });
  call = await startCall(restaurantWorkflow({ kitchen }), [link], { at: 'payment', userData: order(10) });
  const { output, isError } = await call.use(link);
  expect(isError).toBe(false);
  expect(output).toMatch(/^The link for \$165\.00 was texted to 415 555 0188, and the payment has come through/);
  expect(kitchen.paymentLinks).toEqual([{ phone: '4155550188', amountCents: 16500 }]);
  expect(call.userData).toMatchObject({ payment: 'link_paid', paymentPhone: '4155550188' });
});

it('asks again for a phone number without ten digits', async () => {
  const link = step('send_payment_link', { phone: '555 0188' });
  call = await startCall(restaurantWorkflow(), [link], { at: 'payment', userData: order(1) });
  const { output, isError } = await call.use(link);
  expect(isError).toBe(true);
  expect(output).toMatch(/ten digits, but I heard 7/);
});

it('has nothing to charge for an empty order', async () => {
  const pay = step('pay_at_pickup');
  call = await startCall(restaurantWorkflow(), [pay], { at: 'payment' });
  const { output, isError } = await call.use(pay);
  expect(isError).toBe(true);
  expect(output).toMatch(/order is empty/);
});
