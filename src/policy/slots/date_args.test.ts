// Days and times said for something to arrange: a made-up dry cleaner where a customer, checked by
// date of birth, books a collection day and time.
import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { paramSpecs } from '../param_spec.js';
import { datesSaid } from './date_args.js';
import { prepareUtterance } from './utterance.js';

const bookCollection = llm.tool({
  description: 'Book a collection of cleaned garments.',
  parameters: z.object({
    ticket: z.string().describe('The ticket number.'),
    birth_date: z.string().describe("The customer's date of birth."),
    collect_day: z.string().optional().describe('The day they collect, as said: "today", "Friday".'),
    collect_time: z.string().optional().describe('The time they collect, as said: "5 pm", "noon".'),
  }),
  execute: async () => 'Booked.',
});

const arranged = paramSpecs(bookCollection.parameters).filter((p) => p.name.startsWith('collect_'));
// Wednesday 10 June 2026, mid-morning.
const now = new Date('2026-06-10T10:00:00');
const said = (line: string) => datesSaid(prepareUtterance(line), arranged, undefined, now, 'month-first');

describe('days and times said for something to arrange', () => {
  it('never takes a birth date said again as the day to collect', () => {
    expect(said("sorry no, it's the third, march third nineteen seventy nine")).toEqual({});
  });

  it('joins a day and an hour said apart in one breath', () => {
    const d = said("i'll come tomorrow after work, say five thirty").collect_time;
    expect(d?.hasDay && d.hasTime).toBe(true);
    expect(d?.date.toString()).toMatch(/Jun 11 2026 17:30/);
  });

  it('takes the hour said after a part of the day', () => {
    const d = said('tomorrow morning around eleven').collect_time;
    expect(d?.date.toString()).toMatch(/Jun 11 2026 11:00/);
  });
});
