import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { redactLogger } from './log_redaction.js';
import { createRedactor } from './redaction.js';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, cb) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      cb();
    },
  });
  return { logger: pino({ serializers: { error: pino.stdSerializers.err } }, stream), lines };
}

describe('log redaction', () => {
  it('redacts messages, fields, child bindings and errors, and keeps errors serialised as errors', () => {
    const { logger, lines } = capture();
    const log = redactLogger(logger, createRedactor({ pii: true, secretValues: [] }));
    const child = log.child({ caller: 'ann@example.com' });
    child.info(
      { phone: '555-123-4567', token: 'abc', error: new Error('lookup failed for ann@example.com') },
      'caller said 4111 1111 1111 1111',
    );
    child.warn('plain %s', 'text');
    expect(lines[0]).toMatchObject({
      caller: '[email]',
      phone: '[phone]',
      token: '[secret]',
      msg: 'caller said [card]',
      error: { type: 'Error', message: 'lookup failed for [email]' },
    });
    expect(String((lines[0]!.error as { stack: string }).stack)).not.toContain('ann@example.com');
    expect(lines[1]).toMatchObject({ msg: 'plain text', level: 40 });
  });

  it('passes through level checks and settings', () => {
    const { logger } = capture();
    const log = redactLogger(logger, createRedactor({ pii: true, secretValues: [] }));
    log.level = 'warn';
    expect(log.isLevelEnabled('info')).toBe(false);
    expect(logger.level).toBe('warn');
    expect(redactLogger(log, createRedactor())).toBe(log);
  });
});
