// A made-up ferry line's booking tool describes its plain-string arguments only by example: a
// vehicle registration "like AB12 CDE", a cabin number 'like "0412"', the day of travel 'for
// example "2027-01-09", "Saturday" or "the 3rd"'. Without reading the examples the policy took the
// caller's whole line as the value.
import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { examplesAreDays, examplesIn, shapeOfExamples } from './example_shapes.js';
import { paramSpecs } from './param_spec.js';
import { extractArgs } from './slot_filling.js';
import { prepareUtterance } from './slots/index.js';
import { toolInfo } from './tool_catalog.js';

const parameters = z.object({
  registration: z.string().describe('The vehicle registration, like AB12 CDE.'),
  cabin: z.string().describe('The cabin number on the ticket, like "0412".'),
  travel_day: z.string().describe('The day of travel, for example "2027-01-09", "Saturday" or "the 3rd".'),
  notes: z.string().describe('Anything the crew should know, like "travelling with a dog".'),
});
const booking = toolInfo(
  llm.tool({ description: 'Change a ferry booking.', parameters, execute: async () => 'ok' }) as never,
);
const opts = (expecting?: string) => ({
  opening: false,
  typedOnly: false,
  requestWords: new Set<string>(),
  agentVocabulary: new Set<string>(),
  now: new Date('2027-01-04T10:00:00Z'),
  expecting: expecting ? booking.params.find((p) => p.name === expecting) : undefined,
});

describe('examples in a description', () => {
  it('reads quoted lists and short unquoted codes', () => {
    expect(examplesIn('The day, for example "2027-01-09", "Saturday" or "the 3rd".')).toEqual([
      '2027-01-09',
      'Saturday',
      'the 3rd',
    ]);
    expect(examplesIn('The full postcode, like RV1 4AB, or just its first part, like RV1.')).toEqual([
      'RV1 4AB',
      'RV1',
    ]);
    expect(examplesIn('What the caller likes about the trip.')).toEqual([]);
  });

  it('tells days, codes and words apart', () => {
    expect(examplesAreDays(['2027-01-09', 'Saturday', 'the 3rd'])).toBe(true);
    expect(examplesAreDays(['travelling with a dog'])).toBe(false);
    expect(shapeOfExamples(['0412'])?.test('12345')).toBe(true);
    expect(shapeOfExamples(['0412'])?.test('12')).toBe(false);
    expect(shapeOfExamples(['AB12 CDE'])?.test('XY34ZZZ')).toBe(true);
    expect(shapeOfExamples(['travelling with a dog'])).toBeUndefined();
  });

  it('gives the arguments a kind', () => {
    const kinds = Object.fromEntries(paramSpecs(parameters).map((p) => [p.name, p.kind]));
    expect(kinds).toEqual({ registration: 'identifier', cabin: 'identifier', travel_day: 'date', notes: 'text' });
  });
});

describe('values taken by the examples’ shape', () => {
  it('a code read out in pieces is written like the example', () => {
    const said = prepareUtterance('yeah the car is a b one two, c d e, and we are in cabin zero four one two');
    const ex = extractArgs(booking, said, opts('registration'));
    expect(ex.values.registration).toBe('AB12 CDE');
    expect(ex.values.cabin).toBe('0412');
  });

  it('digits said among other words are the number, not the line', () => {
    const said = prepareUtterance("it's cabin one one eight two I think, on deck two");
    expect(extractArgs(booking, said, opts('cabin')).values.cabin).toBe('1182');
  });

  it('a day argument takes only a day, never the line', () => {
    expect(extractArgs(booking, prepareUtterance('Sam Lee, s a m l e e'), opts('travel_day')).values).toEqual({});
    const friday = extractArgs(booking, prepareUtterance('next friday please'), opts('travel_day'));
    expect(friday.dates.travel_day?.hasDay).toBe(true);
  });
});
