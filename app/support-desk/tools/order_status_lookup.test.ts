import { llm } from '@livekit/agents';
import { afterEach, describe, expect, it } from 'vitest';
import { callTool, deskFixture, type DeskFixture } from '../testing/desk_fixture.js';

let f: DeskFixture;
afterEach(() => f.close());

describe('lookup_order_status', () => {
  it('says where a shipped order is, when it is due, and the end of the tracking number', async () => {
    f = deskFixture();
    const out = await callTool(f.tools.lookup_order_status, { order_id: '4012' }, f.userData);
    expect(out).toBe(
      'Order 4012, a Wi-Fi 6 router, shipped with UPS on Sunday, March 2. It is expected tomorrow. The tracking number ends in 6784.',
    );
    expect(f.userData.orderIds).toEqual(['4012']);
  });

  it('accepts the number the way callers say it, and records it once', async () => {
    f = deskFixture();
    await callTool(f.tools.lookup_order_status, { order_id: 'order #4015' }, f.userData);
    const out = await callTool(f.tools.lookup_order_status, { order_id: '40 15' }, f.userData);
    expect(out).toBe('Order 4015, a TV streaming box, was delivered on Thursday, February 27.');
    expect(f.userData.orderIds).toEqual(['4015']);
  });

  it('flags a shipped order that is past its delivery day', async () => {
    f = deskFixture();
    const out = await callTool(f.tools.lookup_order_status, { order_id: '4042' }, f.userData);
    expect(out).toMatch(
      /^Order 4042, a cable modem, shipped with DHL on Thursday, February 27\. It was due yesterday, so it is running late/,
    );
  });

  it.each([
    [
      '4018',
      'Order 4018, a mesh Wi-Fi extender, is being prepared and has not shipped yet. It should arrive on Saturday, March 8.',
    ],
    [
      '4023',
      'Order 4023, a phone case and charger, is out for delivery with USPS and should arrive today. The tracking number ends in 8490.',
    ],
    [
      '4027',
      'Order 4027, a 4K TV box, was cancelled, so it will not ship. Any payment goes back to the original card.',
    ],
    ['4039', 'Order 4039, a smartphone, was returned to us and the return is complete.'],
  ])('describes order %s in a speakable sentence', async (id, sentence) => {
    f = deskFixture();
    expect(await callTool(f.tools.lookup_order_status, { order_id: id }, f.userData)).toBe(sentence);
  });

  it('tells the model to re-ask when the order does not exist', async () => {
    f = deskFixture();
    const call = callTool(f.tools.lookup_order_status, { order_id: '4021' }, f.userData);
    await expect(call).rejects.toBeInstanceOf(llm.ToolError);
    await expect(call).rejects.toThrow(
      'No order 4021 found. Ask the caller to read the number on their receipt again, digit by digit.',
    );
    expect(f.userData.orderIds).toEqual([]);
  });

  it('refuses something that is not an order number', async () => {
    f = deskFixture();
    await expect(callTool(f.tools.lookup_order_status, { order_id: 'the blue one' }, f.userData)).rejects.toThrow(
      /"the blue one" is not an order number\..*Ask the caller to read it again\./,
    );
  });
});
