import { describe, expect, it } from 'vitest';
import { createRedactor, isSecretField, redactionFromEnv, secretValuesFromEnv } from './redaction.js';

const r = createRedactor({ pii: true, secretValues: [] });

describe('PII redaction', () => {
  it.each([
    ['write to ann.lee+x@mail.example.co.uk today', 'write to [email] today'],
    ['card 4111 1111 1111 1111 exp 12/27', 'card [card] exp 12/27'],
    ['card 4111-1111-1111-1111', 'card [card]'],
    ['card 4111111111111111', 'card [card]'],
    ['call 555-123-4567 or (555) 123-4567', 'call [phone] or [phone]'],
    ['my number is +44 20 7946 0958', 'my number is [phone]'],
    ['sip_+15551234567', 'sip_[phone]'],
    ['reach me at 5551234567', 'reach me at [phone]'],
  ])('redacts %j', (input, expected) => {
    expect(r.text(input)).toBe(expected);
  });

  it.each([
    'order 12345678 shipped on 2024-05-01',
    'ticket Q-0042 at 10:30, total 1,250.00 dollars',
    'the balance is 42 dollars',
    'version 1.9.0',
  ])('leaves ordinary numbers alone: %j', (input) => {
    expect(r.text(input)).toBe(input);
  });

  it('walks objects and arrays, keeping keys and non-string values', () => {
    expect(
      r.value({ email: 'a@b.io', n: 3, ok: true, list: ['x@y.org', 5], nested: { note: 'call 555-123-4567' } }),
    ).toEqual({
      email: '[email]',
      n: 3,
      ok: true,
      list: ['[email]', 5],
      nested: { note: 'call [phone]' },
    });
  });

  it('keeps PII when the deployment turns redaction off, but still removes secrets', () => {
    const off = createRedactor({ pii: false, secretValues: ['sk-live-value-123456'] });
    expect(off.text('ann@example.com 555-123-4567')).toBe('ann@example.com 555-123-4567');
    expect(off.value({ password: 'hunter2', key: 'sk-live-value-123456' })).toEqual({
      password: '[secret]',
      key: '[secret]',
    });
  });
});

describe('secret removal', () => {
  it('masks fields named like secrets, whatever the case style', () => {
    for (const name of [
      'password',
      'apiKey',
      'api_key',
      'accessToken',
      'Authorization',
      'pinCode',
      'cvv',
      'client_secret',
      'privateKey',
    ]) {
      expect(isSecretField(name)).toBe(true);
    }
    for (const name of ['shipping', 'tokenizer_name', 'keyboard', 'spinner', 'email'])
      expect(isSecretField(name)).toBe(false);
  });

  it('masks secret-looking values in free text', () => {
    expect(r.text('Authorization: Bearer abc.def-ghi_123456')).toBe('Authorization: Bearer [secret]');
    expect(r.text('key sk-proj-abcdefghijklmnop1234')).toBe('key [secret]');
    expect(r.text('api_key=abc123 and password: "p@ss word"')).toBe('api_key=[secret] and password: [secret]');
    expect(r.text('postgres://app:s3cret@db:5432/x')).toBe('postgres://app:[secret]@db:5432/x');
    expect(r.text('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.abcdefghij')).toBe('[secret]');
  });

  it('masks the values of secret environment variables wherever they appear', () => {
    const values = secretValuesFromEnv({
      OPENAI_API_KEY: 'sk-test-0123456789',
      LIVEKIT_API_SECRET: 'lk-secret-value',
      DATABASE_URL: 'postgres://u:dbpass99@h/db',
      HOME: '/root',
    });
    expect(values).toEqual(expect.arrayContaining(['sk-test-0123456789', 'lk-secret-value', 'dbpass99']));
    expect(values).not.toContain('/root');
    const withEnv = createRedactor({ pii: false, secretValues: values });
    expect(withEnv.text('failed with lk-secret-value and dbpass99')).toBe('failed with [secret] and [secret]');
  });
});

describe('RECORD_REDACT', () => {
  it('is on by default, can be turned off, and rejects anything else with a sentence', () => {
    expect(redactionFromEnv({})).toEqual({ pii: true });
    expect(redactionFromEnv({ RECORD_REDACT: 'off' })).toEqual({ pii: false });
    expect(redactionFromEnv({ RECORD_REDACT: 'ON' })).toEqual({ pii: true });
    expect(() => redactionFromEnv({ RECORD_REDACT: 'maybe' })).toThrow(/RECORD_REDACT must be "on" or "off"/);
  });
});
