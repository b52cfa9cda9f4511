import { describe, expect, it } from 'vitest';
import { findEmails, prepareUtterance } from './index.js';
import { selfCorrected } from './self_correction.js';
import { normalizeUtterance } from '../normalize.js';
import { type ParamSpec } from '../param_spec.js';
import { valueFits } from '../value_fits.js';

const emails = (said: string) => {
  const u = prepareUtterance(said);
  return selfCorrected(u.norm, findEmails(u)).map((f) => f.value);
};

// A library's patrons give their addresses aloud for overdue notices.
describe('an email address said aloud', () => {
  it('keeps the digits said after the name ("k lindqvist seventy one")', () => {
    expect(emails('send the overdue notice to k lindqvist seventy one at mailbox dot org')).toEqual([
      'klindqvist71@mailbox.org',
    ]);
    expect(emails('it is reader underscore max seven seven at bookmail dot net')).toEqual([
      'reader_max77@bookmail.net',
    ]);
  });

  it('keeps an initial said apart from the rest ("tomas k at …")', () => {
    expect(emails('notices to tomas k at mailbox dot org')).toEqual(['tomask@mailbox.org']);
    // Not a letter of the name: the "s" of "email's", a letter after a dot.
    expect(emails("my email's ada dot byron at mailbox dot org")).toEqual(['ada.byron@mailbox.org']);
    expect(emails('it is tomas dot k at mailbox dot org')).toEqual(['tomas.k@mailbox.org']);
  });

  it('takes the ending said again after a correction ("dot net… sorry, no, dot org")', () => {
    expect(emails('ada dot byron at mailbox dot net... sorry, no, dot org')).toEqual(['ada.byron@mailbox.org']);
  });

  it('keeps a typed time as it was written', () => {
    expect(normalizeUtterance('pick it up tomorrow at 10 am')).toBe('pick it up tomorrow at 10 am');
  });
});

const spec = (kind: ParamSpec['kind']): ParamSpec =>
  ({ name: 'x', label: 'x', description: '', type: 'string', required: true, kind }) as unknown as ParamSpec;

describe('a typed argument never holds plain prose', () => {
  it('turns away a sentence for an email, a phone, an id or a time', () => {
    expect(valueFits(spec('email'), 'you want to know when your book is due')).toBe(false);
    expect(valueFits(spec('phone'), 'my mobile please')).toBe(false);
    expect(valueFits(spec('identifier'), 'the one i borrowed last week')).toBe(false);
    expect(valueFits(spec('datetime'), 'renew the whole lot')).toBe(false);
  });

  it('takes the real thing', () => {
    expect(valueFits(spec('email'), 'ada@mailbox.org')).toBe(true);
    expect(valueFits(spec('phone'), '555 0142')).toBe(true);
    expect(valueFits(spec('identifier'), 'LB 2042')).toBe(true);
    expect(valueFits(spec('datetime'), 'Thursday morning')).toBe(true);
  });
});
