// Days of the month said by their ordinal, and the end of a stay said as the day replaced and the
// new one ("instead of leaving tomorrow I'd leave the day after"). A made-up campsite's pitches.
import { describe, expect, it } from 'vitest';
import type { ParamSpec } from '../param_spec.js';
import { paramSpecs } from '../param_spec.js';
import { z } from 'zod';
import { findDateTimes } from './date_time.js';
import { spanDates, spanOf } from './date_range.js';
import { prepareUtterance } from './utterance.js';

// Saturday 5 December 2026.
const now = new Date('2026-12-05T10:00:00');
const days = (s: string) =>
  findDateTimes(prepareUtterance(s), now)
    .filter((d) => d.hasDay)
    .map((d) => d.date.toDateString());

describe('a day of the month said by its ordinal', () => {
  it('reads "the fifteenth of next month" and a day corrected after it', () => {
    expect(days('we would come the fifteenth of next month, no wait, the sixteenth')).toEqual([
      'Fri Jan 15 2027',
      'Sat Jan 16 2027',
    ]);
  });

  it('reads "on the 20th" as the next 20th, and "the 3rd" as next month’s once it has gone by', () => {
    expect(days('can we pitch on the 20th')).toEqual(['Sun Dec 20 2026']);
    expect(days('arriving on the third')).toEqual(['Sun Jan 03 2027']);
  });

  it('leaves a pick among options alone', () => {
    expect(days('the second one please')).toEqual([]);
  });
});

describe('the end of a span said as the day it replaces', () => {
  const specs: ParamSpec[] = paramSpecs(
    z.object({
      new_arrival: z.string().optional().describe('The new arrival day, like "next Monday".'),
      new_departure: z.string().optional().describe('The new departure day, like "2026-12-20".'),
    }),
  );
  const span = (s: string) => {
    const u = prepareUtterance(s);
    const said = spanDates(u, findDateTimes(u, now));
    return { start: said?.start?.date.toDateString(), end: said?.end?.date.toDateString() };
  };

  it('is a span of the two arguments', () => {
    expect(spanOf(specs)?.end.name).toBe('new_departure');
  });

  it('takes only the new day, as the end', () => {
    expect(span("so instead of leaving tomorrow i'd leave the day after tomorrow")).toEqual({
      start: undefined,
      end: 'Mon Dec 07 2026',
    });
  });

  it('reads "leave early, tomorrow" as the end', () => {
    expect(span("then we'll just leave early, tomorrow morning instead")).toEqual({
      start: undefined,
      end: 'Sun Dec 06 2026',
    });
  });
});
