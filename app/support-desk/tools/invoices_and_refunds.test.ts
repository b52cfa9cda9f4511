import { afterEach, describe, expect, it } from 'vitest';
import { callTool } from '../../../src/testing/index.js';
import { deskFixture, VERIFIED_ANN, type DeskFixture } from '../testing/desk_fixture.js';

let f: DeskFixture;
afterEach(() => f.close());

const refundCount = (fx: DeskFixture) =>
  (fx.store.db.prepare('SELECT COUNT(*) AS n FROM refunds').get() as { n: number }).n;

describe('lookup_invoices', () => {
  it('reads the verified caller’s invoices, newest first, as sentences', async () => {
    f = deskFixture(VERIFIED_ANN);
    expect(await callTool(f.tools.lookup_invoices, {}, f.userData)).toBe(
      'There are 2 invoices on this account; the most recent first. ' +
        'INV-2052, for March service on the Plus plan, is $59.99, not paid yet, due on Friday, March 14. ' +
        'INV-2041, for February service on the Plus plan, is $59.99, paid on Monday, February 10.',
    );
  });

  it('describes overdue invoices', async () => {
    f = deskFixture({ verified: true, customerId: 'C-1002' });
    expect(await callTool(f.tools.lookup_invoices, {}, f.userData)).toBe(
      'There is one invoice on this account. INV-2043, for February service on the Basic plan, is $34.99, overdue since Thursday, February 27.',
    );
  });

  it('refuses an unverified caller', async () => {
    f = deskFixture({ customerId: 'C-1001' });
    await expect(callTool(f.tools.lookup_invoices, {}, f.userData)).rejects.toThrow(
      'The caller is not verified yet. Ask for their full name and the email or account number on file, then call verify_identity.',
    );
  });
});

describe('request_refund', () => {
  it('submits a refund for a paid invoice and marks the invoice', async () => {
    f = deskFixture(VERIFIED_ANN);
    const out = await callTool(
      f.tools.request_refund,
      { invoice_id: '2041', reason: 'The internet was down for a week.' },
      f.userData,
    );
    expect(out).toBe(
      'Refund R-302 of $59.99 for invoice INV-2041 is submitted. It reaches the card on file within 5 to 7 business days.',
    );
    expect(f.store.getInvoice('INV-2041')?.status).toBe('refund_requested');
    expect(f.userData.actionsTaken).toEqual([
      'Refund R-302 requested for INV-2041 ($59.99): The internet was down for a week.',
    ]);
  });

  it('does not confirm that another customer’s invoice exists', async () => {
    f = deskFixture(VERIFIED_ANN);
    await expect(
      callTool(f.tools.request_refund, { invoice_id: 'INV-2047', reason: 'Not mine.' }, f.userData),
    ).rejects.toThrow(
      'There is no invoice INV-2047 on this account. Offer to read out the caller’s recent invoices with lookup_invoices.',
    );
    expect(f.store.getInvoice('INV-2047')?.status).toBe('paid');
    expect(refundCount(f)).toBe(2);
  });

  it.each([
    ['INV-2052', VERIFIED_ANN, /^Invoice INV-2052 has not been paid, so there is nothing to refund\./],
    ['INV-2050', { verified: true, customerId: 'C-1007' }, /^A refund for invoice INV-2050 is already in progress\./],
    ['INV-2046', { verified: true, customerId: 'C-1004' }, /^Invoice INV-2046 was already refunded\./],
    [
      'INV-2049',
      { verified: true, customerId: 'C-1006' },
      /^Invoice INV-2049 is \$649\.00; refunds over \$200\.00 need a supervisor\. Offer to bring in a human colleague\.$/,
    ],
  ])('refuses to refund %s and records nothing', async (invoice, who, message) => {
    f = deskFixture(who);
    const before = f.store.getInvoice(invoice)?.status;
    await expect(
      callTool(f.tools.request_refund, { invoice_id: invoice, reason: 'I want my money back.' }, f.userData),
    ).rejects.toThrow(message);
    expect(f.store.getInvoice(invoice)?.status).toBe(before);
    expect(refundCount(f)).toBe(2);
  });

  it('asks for an invoice number and a reason', async () => {
    f = deskFixture(VERIFIED_ANN);
    await expect(
      callTool(f.tools.request_refund, { invoice_id: 'the last one', reason: 'Outage.' }, f.userData),
    ).rejects.toThrow(/is not an invoice number/);
    await expect(callTool(f.tools.request_refund, { invoice_id: '2041', reason: ' ' }, f.userData)).rejects.toThrow(
      /A refund needs a reason/,
    );
  });

  it('refuses an unverified caller even when the tool is called directly', async () => {
    f = deskFixture();
    await expect(
      callTool(f.tools.request_refund, { invoice_id: '2041', reason: 'Outage.' }, f.userData),
    ).rejects.toThrow(/not verified yet/);
    expect(f.store.getInvoice('INV-2041')?.status).toBe('paid');
  });
});
