import { llm } from '@livekit/agents';
import { afterEach, describe, expect, it } from 'vitest';
import { callTool } from '../../../src/testing/index.js';
import { deskFixture, VERIFIED_ANN, type DeskFixture } from '../testing/desk_fixture.js';
import type { SupportUserData } from '../userdata.js';

let f: DeskFixture;
afterEach(() => f.close());

// The verified owner of each seeded order (orders 4012 and 4015 are Ann Lee's).
const OWNER: Record<string, Partial<SupportUserData>> = {
  '4012': VERIFIED_ANN,
  '4015': VERIFIED_ANN,
  '4018': { verified: true, customerId: 'C-1002', callerName: 'Marcus Johnson' },
  '4023': { verified: true, customerId: 'C-1003', callerName: 'Priya Natarajan' },
  '4027': { verified: true, customerId: 'C-1004', callerName: 'Tomás García' },
  '4039': { verified: true, customerId: 'C-1007', callerName: 'Fatima Hassan' },
  '4042': { verified: true, customerId: 'C-1008', callerName: 'Oliver Brown' },
};

describe('lookup_order_status for the verified owner', () => {
  it('says where a shipped order is, when it is due, and the end of the tracking number', async () => {
    f = deskFixture(OWNER['4012']);
    const out = await callTool(f.tools.lookup_order_status, { order_id: '4012' }, f.userData);
    expect(out).toBe(
      'Order 4012, a Wi-Fi 6 router, shipped with UPS on Sunday, March 2. It is expected tomorrow. The tracking number ends in 6784.',
    );
    expect(f.userData.orderIds).toEqual(['4012']);
  });

  it('accepts the number the way callers say it, and records it once', async () => {
    f = deskFixture(VERIFIED_ANN);
    await callTool(f.tools.lookup_order_status, { order_id: 'order #4015' }, f.userData);
    const out = await callTool(f.tools.lookup_order_status, { order_id: '40 15' }, f.userData);
    expect(out).toBe('Order 4015, a TV streaming box, was delivered on Thursday, February 27.');
    expect(f.userData.orderIds).toEqual(['4015']);
  });

  it('flags a shipped order that is past its delivery day', async () => {
    f = deskFixture(OWNER['4042']);
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
    f = deskFixture(OWNER[id]);
    expect(await callTool(f.tools.lookup_order_status, { order_id: id }, f.userData)).toBe(sentence);
  });

  it('tells the model to re-ask when the order does not exist', async () => {
    f = deskFixture(VERIFIED_ANN);
    const call = callTool(f.tools.lookup_order_status, { order_id: '4021' }, f.userData);
    await expect(call).rejects.toBeInstanceOf(llm.ToolError);
    await expect(call).rejects.toThrow(
      "I cannot find order 4021 on the verified caller's account. Ask them to read the number on their receipt again, digit by digit.",
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

// Issue 12, item 3: any caller could enumerate order numbers and hear other customers' orders.
describe('lookup_order_status only tells the account holder', () => {
  const SEEDED = ['4012', '4015', '4018', '4023', '4027', '4030', '4034', '4039', '4042'];
  const DETAIL =
    /router|streaming|extender|charger|TV box|SIM|power supply|smartphone|modem|UPS|USPS|FedEx|DHL|tracking/i;

  it.each(SEEDED)('an anonymous caller hears nothing about order %s, same as a missing order', async (id) => {
    f = deskFixture();
    const err = await callTool(f.tools.lookup_order_status, { order_id: id }, f.userData).catch((e: Error) => e);
    expect(err).toBeInstanceOf(llm.ToolError);
    const missing = await callTool(f.tools.lookup_order_status, { order_id: '4021' }, f.userData).catch(
      (e: Error) => e,
    );
    expect((err as Error).message).toBe((missing as Error).message.replace('4021', id));
    expect((err as Error).message).not.toMatch(DETAIL);
    expect(f.userData.orderIds).toEqual([]);
  });

  it('a caller who gave another customer’s first name, or a partial name, is refused', async () => {
    for (const callerName of ['David', 'Ann', 'David Ann Kim Lee', 'Ann Le']) {
      f = deskFixture({ callerName });
      await expect(callTool(f.tools.lookup_order_status, { order_id: '4012' }, f.userData)).rejects.toThrow(
        /cannot match order 4012.*verify_identity/,
      );
      f.close();
    }
    f = deskFixture();
  });

  it('a verified caller cannot read another customer’s order', async () => {
    f = deskFixture(VERIFIED_ANN);
    await expect(callTool(f.tools.lookup_order_status, { order_id: '4034' }, f.userData)).rejects.toThrow(
      "I cannot find order 4034 on the verified caller's account.",
    );
  });

  it('a caller who gave the owner’s full name hears only where and when, not item, carrier or tracking', async () => {
    f = deskFixture({ callerName: 'ann lee' });
    const out = await callTool(f.tools.lookup_order_status, { order_id: '4012' }, f.userData);
    expect(out).toBe(
      'Order 4012 is on its way; it is expected tomorrow. Once I have verified you with your email or account number, I can give you the carrier and tracking details too.',
    );
    expect(out.replace('carrier and tracking details', '')).not.toMatch(DETAIL);
  });
});
