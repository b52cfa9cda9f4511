import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { extractArgs } from './slot_filling.js';
import { prepareUtterance } from './slots/index.js';
import { toolInfo } from './tool_catalog.js';

const opts = (expecting?: string) => ({
  opening: true,
  typedOnly: false,
  requestWords: new Set<string>(),
  agentVocabulary: new Set<string>(),
  now: new Date('2026-06-10T12:00:00Z'),
  expecting: expecting ? claim.params.find((p) => p.name === expecting) : undefined,
});

// One tool asking for both an incident date and a date of birth, as a claims form might.
const claim = toolInfo(
  llm.tool({
    description: 'Record the claim.',
    parameters: z.object({
      incident_date: z.string().describe('When it happened, as YYYY-MM-DD.'),
      date_of_birth: z.string().describe('The policyholder date of birth, as YYYY-MM-DD.'),
    }),
    execute: async () => 'ok',
  }) as never,
);

describe('birth dates', () => {
  it('a date said as a birth date fills only the birth-date argument', () => {
    const ex = extractArgs(claim, prepareUtterance('my date of birth is 12 July 1984'), opts());
    expect(ex.dates.date_of_birth?.date.getUTCFullYear()).toBe(1984);
    expect(ex.dates.incident_date).toBeUndefined();
  });

  it('other dates fill the others, and a bare date answers the birth-date question', () => {
    const both = extractArgs(claim, prepareUtterance('it happened on 3 June 2026, I was born 12 July 1984'), opts());
    expect(both.dates.incident_date?.date.getUTCFullYear()).toBe(2026);
    expect(both.dates.date_of_birth?.date.getUTCFullYear()).toBe(1984);
    const asked = extractArgs(claim, prepareUtterance('12 July 1984'), opts('date_of_birth'));
    expect(asked.dates.date_of_birth?.date.getUTCFullYear()).toBe(1984);
  });
});

describe('birth dates written or shortened', () => {
  const born = (said: string) =>
    extractArgs(claim, prepareUtterance(said), opts()).dates.date_of_birth?.date.toISOString().slice(0, 10);

  it('a year said with an apostrophe ("March 9th, \'81") is that year', () => {
    expect(born("member card PT-4410 and date of birth March 9th, '81")).toBe('1981-03-09');
  });

  it('a written date said again in words is the written date', () => {
    expect(born('my date of birth is 03/09/1981, March ninth')).toBe('1981-03-09');
  });
});

describe('birth dates said from today', () => {
  // A made-up dental office: the only date it asks for is the patient's birth date.
  const checkIn = toolInfo(
    llm.tool({
      description: 'Check the patient in.',
      parameters: z.object({
        full_name: z.string().describe('The patient first and last name.'),
        date_of_birth: z.string().describe('The patient date of birth, as YYYY-MM-DD.'),
      }),
      execute: async () => 'ok',
    }) as never,
  );
  const born = (said: string) =>
    extractArgs(checkIn, prepareUtterance(said), { ...opts(), expecting: undefined }).dates.date_of_birth;

  it('a day said from today ("last week", "right now") is never the birth date', () => {
    expect(born('i had a filling fall out last week and i want it looked at')).toBeUndefined();
    expect(born('let me talk to the dentist right now')).toBeUndefined();
    expect(born('march third nineteen eighty')?.date.getUTCFullYear()).toBe(1980);
  });
});
