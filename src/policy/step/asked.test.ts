import { describe, expect, it } from 'vitest';
import type { ParamSpec } from '../param_spec.js';
import type { ToolInfo } from '../tool_catalog.js';
import { argumentAsked, questionBefore } from './asked.js';

const param = (over: Partial<ParamSpec>): ParamSpec =>
  ({ name: 'x', label: 'x', description: '', type: 'string', required: true, kind: 'text', ...over }) as ParamSpec;
const tool = (name: string, params: ParamSpec[]): ToolInfo =>
  ({ name, kind: 'business', params }) as unknown as ToolInfo;

const placeOrder = tool('place_order', [param({ name: 'customer_name', label: 'customer name', kind: 'person_name' })]);
const lookUp = tool('find_account', [param({ name: 'email', label: 'email', kind: 'email' })]);

describe('questions the agent put in its own words', () => {
  it('reads the last question since the caller spoke', () => {
    const items = [
      { type: 'user', text: 'hi' },
      { type: 'assistant', text: 'Payment is fine. What name should the order be under?' },
    ];
    expect(questionBefore(items, 2)).toBe('What name should the order be under?');
    expect(questionBefore([...items, { type: 'user', text: 'Maria' }], 3)).toBeUndefined();
  });

  it('finds the one tool argument a question asks for, by label or kind words', () => {
    const none = () => ({});
    expect(argumentAsked('What name should the order be under?', [placeOrder, lookUp], none)?.param.name).toBe(
      'customer_name',
    );
    expect(argumentAsked('Could I have the email on the account?', [placeOrder, lookUp], none)?.tool.name).toBe(
      'find_account',
    );
    expect(argumentAsked('How can I help you today?', [placeOrder, lookUp], none)).toBeUndefined();
    // Already known: nothing left to answer.
    expect(
      argumentAsked('What name should the order be under?', [placeOrder], () => ({ customer_name: 'Sam' })),
    ).toBeUndefined();
  });
});

describe('questions about optional details', () => {
  const receipt = tool('email_receipt', [
    param({ name: 'recipient', label: 'recipient', kind: 'email', required: false }),
    param({ name: 'full_name', label: 'full name', kind: 'person_name', required: false }),
  ]);

  it('finds an optional argument when no required one is asked for', () => {
    expect(argumentAsked('Which email should the receipt go to?', [receipt], () => ({}))?.param.name).toBe('recipient');
  });

  it('prefers a required argument the question also names', () => {
    expect(argumentAsked('What name should the order be under?', [placeOrder, receipt], () => ({}))?.tool.name).toBe(
      'place_order',
    );
  });
});

describe('a question that names a list’s values', () => {
  it('asks for the list argument, not an optional one a value is named after', () => {
    const sendReceipt = tool('send_receipt', [
      param({ name: 'channel', label: 'channel', kind: 'enum', enumValues: ['sms', 'email'] }),
      param({ name: 'email', label: 'email', kind: 'email', required: false }),
    ]);
    const q = 'Could you tell me whether to send it by text message or email?';
    expect(argumentAsked(q, [sendReceipt], () => ({}))?.param.name).toBe('channel');
  });
});
