// Arguments described by what callers say, not by a schema type: a day "as the caller said it"
// ("The sailing day as the caller said it: "tomorrow", "March 14""), a clock time as said ("The
// time as said: "6:30 AM", "seven""), a number given only by quoted examples ("The cabin number,
// as said: "214""). A made-up ferry line: sailings are quoted and cabins woken up.
import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../workflow/index.js';
import { DialoguePolicy } from './dialogue_policy.js';
import { builtAgent, chatOf, type Turn } from './fixtures/decide.js';
import { paramSpecs } from './param_spec.js';
import { valueFits } from './value_fits.js';
import { dateToValue } from './slot_dates.js';
import { findHeadcounts, prepareUtterance } from './slots/index.js';
import { findDateTimes } from './slots/date_time.js';
import { carriesUsedValue } from './step/volunteered.js';

const quoteSailing = llm.tool({
  description: 'Quote the sailings for a day and a party.',
  parameters: z.object({
    sail_on: z.string().describe('The sailing day as the caller said it: "2025-03-14", "tomorrow", "March 14".'),
    back_on: z.string().optional().describe('The return day ("Monday") or how long they stay ("for 3 nights").'),
    passengers: z.number().int().min(1).optional().describe('How many people travel.'),
  }),
  execute: async () => 'Sailings: 9 AM and 2 PM.',
});

const cabinWakeUp = llm.tool({
  description: 'Book a wake-up call to a cabin.',
  parameters: z.object({
    time: z.string().describe('The time as said: "6:30 AM", "seven", "half past six".'),
    day: z.string().optional().describe('The day, if they said one: "tomorrow", "Thursday".'),
    cabin_number: z.string().optional().describe('The cabin number, as said: "214" or "two one four".'),
  }),
  execute: async () => 'Booked.',
});

const ferry = defineWorkflow({
  name: 'ferry',
  userData: z.object({}),
  start: 'desk',
  agents: [
    {
      id: 'desk',
      description: 'Ferry desk.',
      instructions: 'You quote sailings and book wake-up calls.',
      canEndCall: true,
      tools: { quote_sailing: quoteSailing, cabin_wake_up: cabinWakeUp },
    },
  ],
  edges: [],
});

// Wednesday 10 June 2026, early morning.
const policy = new DialoguePolicy({ now: () => new Date('2026-06-10T02:00:00') });
const decide = (lines: Turn[]) => policy.decide(chatOf('Help the caller.', lines), builtAgent(ferry, 'desk').toolCtx);

describe('arguments described by what callers say', () => {
  it('reads a day "as the caller said it", a return length and a clock time as days and times', () => {
    const specs = Object.fromEntries(
      [...paramSpecs(quoteSailing.parameters), ...paramSpecs(cabinWakeUp.parameters)].map((p) => [p.name, p]),
    );
    expect(specs.sail_on!.kind).toBe('date');
    expect(specs.back_on!.kind).toBe('date');
    expect(specs.time!.kind).toBe('time');
    expect(specs.cabin_number!.pattern?.test('214')).toBe(true);
  });

  it('never fills the day with a line that says none', async () => {
    const d = await decide([
      ['user', 'I want to go over by ferry'],
      ['assistant', 'Which day do you sail?'],
      ['user', 'what have you got that fits the three of us'],
    ]);
    const args = d.toolCalls.find((c) => c.name === 'quote_sailing')?.args as { sail_on?: string } | undefined;
    expect(args?.sail_on).toBeUndefined();
  });

  it('passes the clock as said, adding no PM the caller did not say, and finds the cabin', async () => {
    const d = await decide([['user', 'cabin two one four, I need a wake-up call tomorrow at seven']]);
    expect(d.toolCalls.find((c) => c.name === 'cabin_wake_up')?.args).toEqual({
      time: '7:00',
      day: '2026-06-11',
      cabin_number: '214',
    });
  });

  it('reads "seven a m" spoken letter by letter as 7 AM', () => {
    const time = paramSpecs(cabinWakeUp.parameters).find((p) => p.name === 'time')!;
    const [found] = findDateTimes(prepareUtterance('seven a m please'), new Date('2026-06-10T02:00:00'));
    expect(found && dateToValue(time, found)).toBe('7:00 AM');
  });
});

describe('headcounts of the caller and one other', () => {
  const count = (s: string) => findHeadcounts(prepareUtterance(s)).map((c) => c.value);
  it('counts "just me and my girlfriend" as two, "just me" as one', () => {
    expect(count('two nights, just me and my girlfriend')).toEqual([2]);
    expect(count('my sister and I')).toEqual([2]);
    expect(count("it's just me this time")).toEqual([1]);
  });
});

describe('a part of the line that gave the dates', () => {
  it('said the dates a call took as calendar days', () => {
    const used = [{ sail_on: '2026-06-17', back_on: '2026-06-21', passengers: 3 }];
    expect(carriesUsedValue('leaving a week from today and staying four nights', used)).toBe(true);
    expect(carriesUsedValue('and can I change my cabin booking', used)).toBe(false);
  });
});

describe('a price is no day', () => {
  it('does not take an offered room and its price as the day', () => {
    const day = paramSpecs(quoteSailing.parameters).find((p) => p.name === 'sail_on')!;
    expect(valueFits(day, 'a cabin at $189 a night')).toBe(false);
    expect(valueFits(day, 'next friday')).toBe(true);
    expect(valueFits(day, 'the 14th of March')).toBe(true);
  });
});
