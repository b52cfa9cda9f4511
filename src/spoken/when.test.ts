import { describe, expect, it } from 'vitest';

import { parseSpokenDay, parseSpokenTime, zoneOffsetMinutes } from './when.js';

// Saturday 5 December 2026, 10:00 in New York.
const now = new Date('2026-12-05T15:00:00Z');
const day = (said: string) => parseSpokenDay(said, { now, timeZone: 'America/New_York' });

describe('parseSpokenDay', () => {
  it('reads relative days from the business clock', () => {
    expect(day('today')).toBe('2026-12-05');
    expect(day('tomorrow please')).toBe('2026-12-06');
    expect(day('the day after tomorrow')).toBe('2026-12-07');
    expect(day('in 3 days')).toBe('2026-12-08');
    expect(day('a week from today')).toBe('2026-12-12');
  });

  it('reads weekdays as the next such day', () => {
    expect(day('friday')).toBe('2026-12-11');
    expect(day('next friday')).toBe('2026-12-11');
    expect(day('monday the 14th')).toBe('2026-12-14');
  });

  it('reads days of the month with and without a month, in digits or words', () => {
    expect(day('the 14th')).toBe('2026-12-14');
    expect(day('on the fourteenth')).toBe('2026-12-14');
    expect(day('the twenty-first')).toBe('2026-12-21');
    // Passed this month: next month's.
    expect(day('the 3rd')).toBe('2027-01-03');
    expect(day('march fourteenth')).toBe('2027-03-14');
    expect(day('dec 7')).toBe('2026-12-07');
    expect(day('the 3rd of january')).toBe('2027-01-03');
  });

  it('keeps ISO days and reads zoned timestamps where the business is', () => {
    expect(day('2026-12-09')).toBe('2026-12-09');
    // 02:00 UTC on the 6th is still the evening of the 5th in New York.
    expect(day('2026-12-06T02:00:00Z')).toBe('2026-12-05');
  });

  it('counts "today" in the business time zone, not the machine one', () => {
    const lateEvening = new Date('2026-12-06T03:30:00Z'); // 22:30 on the 5th in New York, the 6th in UTC
    expect(parseSpokenDay('tomorrow', { now: lateEvening, timeZone: 'America/New_York' })).toBe('2026-12-06');
    expect(parseSpokenDay('tomorrow', { now: lateEvening, timeZone: 'UTC' })).toBe('2026-12-07');
  });

  it('is undefined when no day is said', () => {
    expect(day('bye now')).toBeUndefined();
    expect(day('a table for two')).toBeUndefined();
    expect(day('the 45th')).toBeUndefined();
  });
});

describe('parseSpokenTime', () => {
  it('reads am/pm in any spelling', () => {
    expect(parseSpokenTime('3 pm')).toEqual({ hour: 15, minute: 0, certain: true });
    expect(parseSpokenTime('3pm')).toEqual({ hour: 15, minute: 0, certain: true });
    expect(parseSpokenTime('9 a.m.')).toEqual({ hour: 9, minute: 0, certain: true });
    expect(parseSpokenTime('three thirty p m')).toEqual({ hour: 15, minute: 30, certain: true });
    expect(parseSpokenTime('twelve pm')).toEqual({ hour: 12, minute: 0, certain: true });
    expect(parseSpokenTime('twelve am')).toEqual({ hour: 0, minute: 0, certain: true });
  });

  it('reads clock phrases and parts of the day', () => {
    expect(parseSpokenTime('half past four in the afternoon')).toEqual({ hour: 16, minute: 30, certain: true });
    expect(parseSpokenTime('quarter to five')).toEqual({ hour: 4, minute: 45, certain: false });
    expect(parseSpokenTime('five past nine')).toEqual({ hour: 9, minute: 5, certain: false });
    expect(parseSpokenTime('10 in the morning')).toEqual({ hour: 10, minute: 0, certain: true });
    expect(parseSpokenTime('tomorrow evening at 7')).toEqual({ hour: 19, minute: 0, certain: true });
    expect(parseSpokenTime('15:30')).toEqual({ hour: 15, minute: 30, certain: true });
    expect(parseSpokenTime('noon')).toEqual({ hour: 12, minute: 0, certain: true });
    expect(parseSpokenTime('2026-12-09T14:00')).toEqual({ hour: 14, minute: 0, certain: true });
  });

  it('leaves an hour without am/pm uncertain, for opening hours to decide', () => {
    expect(parseSpokenTime('friday at 3')).toEqual({ hour: 3, minute: 0, certain: false });
    // "I am" is not a.m.
    expect(parseSpokenTime('i am free at 3')).toEqual({ hour: 3, minute: 0, certain: false });
  });

  it('does not read counts as times', () => {
    expect(parseSpokenTime('2 people tomorrow night')).toBeUndefined();
    expect(parseSpokenTime('the 14th')).toBeUndefined();
    expect(parseSpokenTime('in 3 days')).toBeUndefined();
  });
});

describe('zoneOffsetMinutes', () => {
  it('is the offset east of UTC, daylight saving included', () => {
    expect(zoneOffsetMinutes(new Date('2026-12-05T12:00:00Z'), 'America/New_York')).toBe(-300);
    expect(zoneOffsetMinutes(new Date('2026-07-05T12:00:00Z'), 'America/New_York')).toBe(-240);
    expect(zoneOffsetMinutes(new Date('2026-07-05T12:00:00Z'), 'Asia/Kolkata')).toBe(330);
  });
});
