// Issue 12, item 6: PII as a voice product hears it. One table, both directions: every "redact"
// row must lose its PII (and keep the rest of the sentence), every "keep" row must come back as is.
import { describe, expect, it } from 'vitest';
import { createRedactor, redactPiiText } from './redaction.js';

const r = createRedactor({ pii: true, secretValues: [] });

// [input, expected output]
const MUST_REDACT: [string, string][] = [
  // Spoken and half-spoken emails
  ['it is ann dot lee at example dot com', 'it is [email]'],
  ['ann dot lee at example dot com', '[email]'],
  ['my email is dkim at example dot com thanks', 'my email is [email] thanks'],
  ['fatima dot hassan at example dot com', '[email]'],
  ['reach her at ann dot lee at example dot com', 'reach her at [email]'],
  ['email ann at example dot com at noon', 'email [email] at noon'],
  ['ANN DOT LEE AT EXAMPLE DOT COM', '[email]'],
  ['ann.lee at example.com please', '[email] please'],
  ['ann.lee at example dot com', '[email]'],
  ['ann dot lee @ example dot com', '[email]'],
  ['ann dot lee at sign example dot com', '[email]'],
  ['ann underscore lee at gmail dot co dot uk', '[email]'],
  ['ann dash lee at mail dot example dot org', '[email]'],
  ['grace dot oneill at example period org', '[email]'],
  ['email: priya.n at example dot net.', 'email: [email].'],
  ['write to oliver.brown@example.co.uk today', 'write to [email] today'],
  ['ann.lee+x@mail.example.co.uk', '[email]'],
  ['dkim@example.com', '[email]'],
  ['contact: A.Lee@Example.COM', 'contact: [email]'],
  ['ann (at) example dot com', '[email]'],
  ['ann [at] example dot com', '[email]'],
  ['it is ann99 at example dot io', 'it is [email]'],
  // Spoken phone numbers
  ['four one five five five five zero one three four', '[phone]'],
  ['my number is four one five five five five zero one three four', 'my number is [phone]'],
  ['call me on two one two five five five zero one eight eight', 'call me on [phone]'],
  ['four one five five five five oh one three four', '[phone]'],
  ['four one five double five five zero one three four', '[phone]'],
  ['four one five triple five zero one three four', '[phone]'],
  ['Four One Five Five Five Five Zero One Three Four', '[phone]'],
  ['it is 415 555 zero one three four', 'it is [phone]'],
  ['four one five 555 0134', '[phone]'],
  ['plus four four seven seven zero zero nine zero zero one two three', 'plus [phone]'],
  // Digits one by one or grouped
  ['4 1 5 5 5 5 0 1 3 4', '[phone]'],
  ['my number is 4 1 5 5 5 5 0 1 3 4', 'my number is [phone]'],
  ['415 555 0134', '[phone]'],
  ['415-555-0134', '[phone]'],
  ['415.555.0134', '[phone]'],
  ['(415) 555-0134', '[phone]'],
  ['+1 415 555 0134', '[phone]'],
  ['+14155550134', '[phone]'],
  ['+44 20 7946 0958', '[phone]'],
  ['+447700900123', '[phone]'],
  ['reach me at 5551234567', 'reach me at [phone]'],
  ['call 555-123-4567 or (555) 123-4567', 'call [phone] or [phone]'],
  ['sip_+15551234567', 'sip_[phone]'],
  ['callbackPhone +12125550188', 'callbackPhone [phone]'],
  ['text me on 555 0134 1', 'text me on [phone]'],
  ['my cell is 5550134', 'my cell is [phone]'],
  // Account numbers
  ['account number 73918240', 'account number [account]'],
  ['account 7391 8240, Ann Lee', 'account [account], Ann Lee'],
  ['my account is seven three nine one eight two four zero', 'my account is [account]'],
  ['Priya Natarajan, account number 91460382', 'Priya Natarajan, account number [account]'],
  ['account no. 2673-1954', 'account no. [account]'],
  ['73918240', '[number]'],
  ['it is 35572809 I think', 'it is [number] I think'],
  ['three five five seven two eight zero nine', '[number]'],
  ['the number on my bill is 84095126', 'the number on my bill is [phone]'],
  // Cards
  ['card 4111 1111 1111 1111 exp 12/27', 'card [card] exp 12/27'],
  ['card 4111-1111-1111-1111', 'card [card]'],
  ['4111111111111111', '[card]'],
  ['5500 0000 0000 0004', '[card]'],
  ['3782 822463 10005', '[card]'],
  ['four one one one one one one one one one one one one one one one', '[card]'],
  ['pay with 6011 1111 1111 1117 please', 'pay with [card] please'],
  // Inside larger text, several kinds at once
  ['Ann Lee, ann dot lee at example dot com, 415 555 0134', 'Ann Lee, [email], [phone]'],
  ['order 4012 and my phone 415 555 0134', 'order 4012 and my phone [phone]'],
  ['invoice INV-2041; card 4111 1111 1111 1111', 'invoice INV-2041; card [card]'],
  ['reason: caller at ann.lee@example.com wants 2041 refunded', 'reason: caller at [email] wants 2041 refunded'],
  ['{"email":"ann.lee@example.com","accountNumber":"73918240"}', '{"email":"[email]","accountNumber":"[account]"}'],
  ['Phone: 212.555.0188.', 'Phone: [phone].'],
  ['order 4111 1111 1111 1111', 'order [card]'],
  ['order 415 555 0134', 'order [phone]'],
];

const MUST_KEEP: string[] = [
  // Order numbers, alone and in lists
  'order 4012',
  'order 4012 4023 4030',
  'orders 4012 4023 4030',
  'orders 4012, 4023 and 4030',
  'order number 4012 4023',
  'the order is 4012',
  'order four zero one two',
  'order four zero one two four zero two three',
  'order #4015',
  'order 12345678 shipped on 2024-05-01',
  'my orders are 4012 4015 4018',
  'tracking 1Z999AA10123456784',
  'the tracking number ends in 6784',
  // Invoice, refund, ticket and queue ids
  'invoice INV-2041',
  'INV-2041 INV-2052 INV-2043',
  'refund R-0001 of $59.99 for invoice INV-2041',
  'ticket T-1024 is open',
  'ticket Q-0042 at 10:30, total 1,250.00 dollars',
  'customer C-1001',
  'invoices 2041 2052',
  'please refund invoice 2041',
  // Speech, session and trace ids
  'speech_a1b2c3d4e5f6',
  'speech_12345678',
  'item_98765432',
  'session 3f2a9c1e-7b4d-4e2a-9c1e-7b4d4e2a9c1e',
  'span 00f067aa0ba902b7 trace 4bf92f3577b34da6a3ce929d0e0e4736',
  'AJ_kd83kf93kd',
  // Dates, times, amounts, versions, addresses
  '2025-03-04T19:00:00.000Z',
  'on 2024-05-01 at 10:30',
  'due 03/04/2025',
  'at 10:00 AM',
  'the balance is 42 dollars',
  'that is $649.00',
  'a refund of $1,250.00',
  'version 1.9.0',
  'host 192.168.100.200',
  'March 4, 2025',
  'took 1234 ms',
  // Ordinary words and speech
  'I am at home. Then I called',
  'look at the time',
  'I have one two year old and a dog',
  'no one answered',
  'it happened at about five past two',
  'Wi-Fi 6 router',
  'a 4K TV box',
  'the plan costs 59.99 a month',
  'three steps, one two three',
  'I will be at the office dot',
  'we met at noon',
  'room 101 on floor 3',
  'from 9 to 5',
];

describe('speech-aware PII redaction', () => {
  it('has at least 100 cases across both directions', () => {
    expect(MUST_REDACT.length + MUST_KEEP.length).toBeGreaterThanOrEqual(100);
  });

  it.each(MUST_REDACT)('redacts %j', (input, expected) => {
    expect(r.text(input)).toBe(expected);
  });

  it.each(MUST_KEEP)('keeps %j', (input) => {
    expect(r.text(input)).toBe(input);
  });

  it('is the same module records, logs and queues use', () => {
    expect(redactPiiText('ann dot lee at example dot com')).toBe('[email]');
  });

  it('uses field names as context in records: account numbers go, order ids stay', () => {
    expect(
      r.value({
        accountNumber: '73918240',
        orderIds: ['40123456', '4012'],
        callbackPhone: '+12125550188',
        customerId: 'C-1001',
      }),
    ).toEqual({
      accountNumber: '[account]',
      orderIds: ['40123456', '4012'],
      callbackPhone: '[phone]',
      customerId: 'C-1001',
    });
  });

  it('stays fast on a huge line', () => {
    const line = 'one two '.repeat(20_000) + 'a'.repeat(50_000) + ' at '.repeat(5000);
    expect(() => r.text(line)).not.toThrow();
  });
});
