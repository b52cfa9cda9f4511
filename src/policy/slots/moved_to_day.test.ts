// "could we move it to the tenth, still two days": where a booking moves is its new start, not
// "to" the end of it; the length said keeps the span. Unless the end is what moves ("change the
// drop-off to the twelfth"). A made-up boat hire moves hires.
import { describe, expect, it } from 'vitest';
import { spanDates } from './date_range.js';
import { findDateTimes, prepareUtterance } from './index.js';

const now = new Date('2026-03-05T10:00:00');
const span = (line: string) => {
  const u = prepareUtterance(line);
  const said = spanDates(u, findDateTimes(u, now, 'month-first', 'forward'));
  return { start: said?.start?.date.getDate(), end: said?.end?.date.getDate() };
};

describe('a day a booking is moved to', () => {
  it('is the new start, the length said giving the end', () => {
    expect(span('could i move it instead? like to the tenth of next month, still two days')).toEqual({
      start: 10,
      end: 12,
    });
  });

  it('is the new start when the whole hire is pushed', () => {
    expect(span('can we push the hire to the 20th')).toEqual({ start: 20, end: undefined });
  });

  it('is still the end when the end is what moves', () => {
    expect(span('can we change the drop-off to the 20th')).toEqual({ start: undefined, end: 20 });
  });
});
