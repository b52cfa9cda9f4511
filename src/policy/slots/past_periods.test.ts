// Dates of things that happened: vague periods read as a day in them, and questions worded for
// what is asked (when it happened, a birth date), not "which day would suit you".
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { paramSpecs } from '../param_spec.js';
import { askFor } from '../replies.js';
import { findDateTimes } from './date_time.js';
import { prepareUtterance } from './utterance.js';

const NOW = new Date('2026-12-02T10:00:00');
const day = (said: string, direction: 'past' | 'forward') =>
  findDateTimes(prepareUtterance(said), NOW, 'month-first', direction)
    .filter((d) => d.hasDay)
    .map((d) => d.date.toDateString());

describe('vague periods in the past', () => {
  it('reads a season of a year as a day in it', () => {
    expect(day('it was back in the summer of twenty nineteen, the shed flooded', 'past')).toEqual([
      new Date(2019, 6, 15).toDateString(),
    ]);
    expect(day('late autumn 2021 the fence came down', 'past')).toEqual([new Date(2021, 10, 15).toDateString()]);
  });

  it('reads a month and year as the middle of that month', () => {
    expect(day('in March 2024 the boiler went', 'past')).toEqual([new Date(2024, 2, 15).toDateString()]);
  });

  it('leaves periods alone for something to arrange', () => {
    expect(day('the summer of 2027 would be good', 'forward')).toEqual([]);
  });
});

describe('date questions worded for what is asked', () => {
  const [happened, born, visit] = paramSpecs(
    z.object({
      loss_date: z.string().describe('The date the loss happened, like 2025-03-02.'),
      date_of_birth: z.string().describe('The date of birth, like 1980-01-31.'),
      visit_date: z.string().describe('The day of the visit, like 2025-03-02.'),
    }),
  );

  it('asks when it happened, or the birth date, and only offers to suit a day to arrange', () => {
    expect(askFor({ ...happened!, kind: 'date' })).toBe('On what date did it happen? Roughly is fine.');
    expect(askFor({ ...born!, kind: 'date' })).toBe('What is your date of birth?');
    expect(askFor({ ...visit!, kind: 'date' })).toBe('Which day would suit you?');
  });
});
