// Spans of time said with a unit, for arguments counted in a time unit, on a made-up gym line
// (freeze a membership for some months, book a sauna for some minutes).
import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { paramSpecs } from '../param_spec.js';
import { askFor } from '../replies.js';
import { extractArgs } from '../slot_filling.js';
import { toolInfo } from '../tool_catalog.js';
import { findDurations, inUnit, repeatsSaid } from './duration.js';
import { prepareUtterance } from './utterance.js';

const freeze = toolInfo(
  llm.tool({
    description: 'Freeze the membership for a while.',
    parameters: z.object({
      months: z.number().int().describe('How many months to freeze the membership for, 1 to 12.'),
    }),
    execute: async () => 'ok',
  }) as never,
);
const opts = (expecting = true) => ({
  opening: false,
  typedOnly: false,
  requestWords: new Set<string>(),
  agentVocabulary: new Set<string>(),
  now: new Date('2026-06-10T12:00:00Z'),
  expecting: expecting ? freeze.params[0] : undefined,
});
const months = (said: string) => extractArgs(freeze, prepareUtterance(said), opts()).values.months;

describe('spans of time', () => {
  it('finds amounts in digits and words, with "a", "a couple of", "half an" and "and a half"', () => {
    const spans = (s: string) => findDurations(prepareUtterance(s)).map((f) => f.value);
    expect(spans('in two years maybe')).toEqual([{ amount: 2, unit: 'year' }]);
    expect(spans('a couple of weeks')).toEqual([{ amount: 2, unit: 'week' }]);
    expect(spans('half an hour is plenty')).toEqual([{ amount: 0.5, unit: 'hour' }]);
    expect(spans('a year and a half')).toEqual([{ amount: 1.5, unit: 'year' }]);
    expect(spans('I have one question')).toEqual([]);
  });

  it('converts only exactly: years to months, hours to minutes, never weeks to months', () => {
    expect(inUnit({ amount: 2, unit: 'year' }, 'month')).toBe(24);
    expect(inUnit({ amount: 1.5, unit: 'hour' }, 'minute')).toBe(90);
    expect(inUnit({ amount: 6, unit: 'week' }, 'month')).toBeUndefined();
  });

  it('fills an argument counted in months from a span said in years', () => {
    expect(months('can we pause it for a year')).toBe(12);
    expect(months('two years, we are moving abroad')).toBe(24);
    expect(months('three months please')).toBe(3);
  });

  it('asks for a number with the question its description states', () => {
    expect(askFor(freeze.params[0]!)).toBe('How many months to freeze the membership for?');
    // A pronoun the caller cannot resolve keeps the label: "How many of them?" asks nothing clear.
    const [passes] = paramSpecs(z.object({ passes: z.number().int().describe('How many of them.') }));
    expect(askFor(passes!)).toBe('How many passes?');
    const [nights] = paramSpecs(z.object({ nights: z.number().int().describe('Number of nights.') }));
    expect(askFor(nights!)).toBe('How many nights?');
  });
});

describe('how many of a repeating thing a span holds', () => {
  // A made-up music school: lessons weekly or fortnightly, and how many lessons.
  const params = [
    { name: 'frequency', kind: 'enum' },
    { name: 'lessons', kind: 'number' },
  ];
  it('is the span said over the period chosen in the same line', () => {
    expect(repeatsSaid(params, { frequency: 'weekly' }, prepareUtterance('weekly, over ten weeks please'))).toBe(10);
    expect(repeatsSaid(params, { frequency: 'fortnightly' }, prepareUtterance('fortnightly for twelve weeks'))).toBe(6);
    expect(repeatsSaid(params, { frequency: 'monthly' }, prepareUtterance('monthly, over a year'))).toBe(12);
  });
  it('is nothing without a span the repeats fill, or when it does not divide', () => {
    expect(repeatsSaid(params, { frequency: 'weekly' }, prepareUtterance('weekly, starting in two weeks'))).toBe(
      undefined,
    );
    expect(repeatsSaid(params, { frequency: 'fortnightly' }, prepareUtterance('fortnightly over five weeks'))).toBe(
      undefined,
    );
    expect(repeatsSaid(params, {}, prepareUtterance('over ten weeks'))).toBe(undefined);
  });
});
