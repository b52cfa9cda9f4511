import { describe, expect, it } from 'vitest';
import {
  article,
  calendarDay,
  digitsOf,
  joinWords,
  lastFour,
  looksLikeEmail,
  money,
  normalizeEmail,
  parseDay,
  parsePhoneNumber,
  sameFullName,
  speakDate,
  speakDigits,
  speakEmail,
  spokenDay,
  spokenDayTime,
} from './index.js';

describe('emails said aloud', () => {
  it('writes the spoken words as symbols, whatever the case and spacing', () => {
    expect(normalizeEmail(' Fatima dot Hassan at Example dot com ')).toBe('fatima.hassan@example.com');
    expect(normalizeEmail('ann.lee@example.com')).toBe('ann.lee@example.com');
    expect(normalizeEmail('ann . lee @ example . com')).toBe('ann.lee@example.com');
  });

  it('reads "at sign", underscores, dashes and a trailing full stop', () => {
    expect(normalizeEmail('dana at sign acme dot co dot uk')).toBe('dana@acme.co.uk');
    expect(normalizeEmail('j underscore smith at mail dot com')).toBe('j_smith@mail.com');
    expect(normalizeEmail('mary dash jo at mail dot com.')).toBe('mary-jo@mail.com');
  });

  it('leaves words that merely contain "at" or "dot" alone', () => {
    expect(normalizeEmail('pat at dotcom dot com')).toBe('pat@dotcom.com');
    expect(normalizeEmail('kat at signal dot com')).toBe('kat@signal.com');
  });

  it('tells an address from something that is not one', () => {
    expect(looksLikeEmail('ann@example.com')).toBe(true);
    expect(looksLikeEmail(normalizeEmail('ann at example'))).toBe(false);
    expect(looksLikeEmail('ann@example.c')).toBe(false);
    expect(looksLikeEmail('')).toBe(false);
  });

  it('reads an address back with the name spelled', () => {
    expect(speakEmail('js4@example.com')).toBe('j s four at example dot com');
  });
});

describe('money said aloud', () => {
  it('says dollars and cents', () => {
    expect(money(5999)).toBe('$59.99');
    expect(money(2900)).toBe('$29.00');
    expect(money(5)).toBe('$0.05');
    expect(money(0)).toBe('$0.00');
  });

  it('can leave out zero cents on whole amounts only', () => {
    expect(money(2900, { dropZeroCents: true })).toBe('$29');
    expect(money(2950, { dropZeroCents: true })).toBe('$29.50');
  });

  it('puts the sign before the symbol and takes another symbol', () => {
    expect(money(-500)).toBe('-$5.00');
    expect(money(1250, { symbol: '€' })).toBe('€12.50');
  });

  it('refuses a value that is not a number of cents', () => {
    expect(() => money(Number.NaN)).toThrow(/cents/);
    expect(() => money(Number.POSITIVE_INFINITY)).toThrow(/cents/);
  });
});

describe('dates said aloud', () => {
  it('reads a calendar day from ISO or words, and nothing else', () => {
    expect(parseDay('2025-03-02')).toBe('2025-03-02');
    expect(parseDay('March 2, 2025')).toBe('2025-03-02');
    expect(parseDay('some time last week')).toBeUndefined();
  });

  it('gives the calendar day of an instant in a time zone', () => {
    const late = new Date('2025-03-02T23:30:00Z');
    expect(calendarDay(late, 'UTC')).toBe('2025-03-02');
    expect(calendarDay(late, 'Asia/Tokyo')).toBe('2025-03-03');
  });

  it('says a day in full, and relative days where a person would', () => {
    expect(speakDate('2025-03-02')).toBe('March 2, 2025');
    const now = new Date('2025-03-04T15:00:00Z');
    expect(spokenDay('2025-03-05T10:00:00Z', now, 'UTC')).toBe('tomorrow');
    expect(spokenDay('2025-03-03T10:00:00Z', now, 'UTC')).toBe('yesterday');
    expect(spokenDay('2025-03-07T10:00:00Z', now, 'UTC')).toBe('on Friday, March 7');
    expect(spokenDayTime('2025-03-04T17:00:00Z', now, 'UTC')).toBe('today at 5:00 PM');
  });
});

describe('phone numbers, digits and names', () => {
  it('normalises phone numbers to E.164 or says what is wrong', () => {
    expect(parsePhoneNumber('(415) 555-0134')).toEqual({ ok: true, e164: '+14155550134', spoken: '415-555-0134' });
    expect(parsePhoneNumber('+44 7700 900123')).toMatchObject({ ok: true, e164: '+447700900123' });
    const short = parsePhoneNumber('555 0134');
    expect(short.ok).toBe(false);
  });

  it('reads digits back in groups and keeps only digits from what was said', () => {
    expect(speakDigits('4155550134')).toBe('four one five, five five five, zero one three four');
    expect(digitsOf('9 4 1-0 7')).toBe('94107');
    expect(lastFour('1Z 999 AA1 0123 4567')).toBe('4567');
  });

  it('matches the whole name on file only', () => {
    expect(sameFullName('dana whitfield', 'Dana Whitfield')).toBe(true);
    expect(sameFullName('Ms Dana Whitfield', 'Dana Whitfield')).toBe(true);
    expect(sameFullName('Ann Dana Whitfield', 'Dana Whitfield')).toBe(false);
    expect(sameFullName('Dana', 'Dana Whitfield')).toBe(false);
  });

  it('joins words the way they are said', () => {
    expect(joinWords(['a', 'b', 'c'])).toBe('a, b and c');
    expect(joinWords([])).toBe('');
    expect(article('order')).toBe('an order');
  });
});
