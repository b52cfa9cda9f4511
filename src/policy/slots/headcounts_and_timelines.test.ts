// Headcounts, timelines and spoken emails on a made-up rowing club's membership line: a number said
// with what it counts is a headcount from any turn; "within", "for now", "just" and "looking to"
// read as callers mean them; a club domain said in two words or with a dash is one address.
import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { extractArgs } from '../slot_filling.js';
import { toolInfo } from '../tool_catalog.js';
import { selectOffered } from '../step/offered.js';
import { findEmails, findHeadcounts, matchEnum, prepareUtterance } from './index.js';

const u = prepareUtterance;
const STARTS = ['this_week', 'this_quarter', 'next_year', 'just_browsing'];
const STARTS_SAID =
  'When the crew wants to start: this_week (asap, next few days), this_quarter (in a couple of months, next month), next_year, or just_browsing (just browsing, no plans).';
const start = (said: string) => matchEnum(u(said), STARTS, STARTS_SAID)?.value;

const joinCrew = toolInfo(
  llm.tool({
    description: 'Sign a crew up for lessons.',
    parameters: z.object({
      crew_size: z.number().int().describe('How many people would row.'),
      start: z.enum(STARTS as [string, ...string[]]).describe(STARTS_SAID),
    }),
    execute: async () => 'Signed up.',
  }) as never,
);
const typed = (said: string) =>
  extractArgs(joinCrew, u(said), {
    opening: false,
    typedOnly: true,
    requestWords: new Set(),
    agentVocabulary: new Set(),
    now: new Date('2026-03-05T10:00:00'),
    dateOrder: 'month-first',
  }).values;

describe('headcounts', () => {
  it('a number said with a word that counts people, or by the group it is in', () => {
    expect(findHeadcounts(u('we would be about fourteen members')).map((c) => c.value)).toEqual([14]);
    expect(findHeadcounts(u("we're eight on the team, all of them keen")).map((c) => c.value)).toEqual([8]);
    expect(findHeadcounts(u('two hundred and fifty members across three boathouses')).map((c) => c.value)).toEqual([
      250,
    ]);
    expect(findHeadcounts(u('three boathouses'))).toEqual([]);
  });

  it('is kept from an earlier turn, as a typed fact, for an argument that counts people', () => {
    expect(typed('hi, we are about twenty people from the office')).toMatchObject({ crew_size: 20 });
    expect(typed('we have three boats')).not.toHaveProperty('crew_size');
    // Said twice the same way, it is still one headcount.
    expect(typed("it's just me, I'm solo")).toMatchObject({ crew_size: 1 });
  });
});

describe('timelines', () => {
  it('reads "within" as "in", and the listed phrases with small changes', () => {
    expect(start('we would like to be on the water within a couple of months')).toBe('this_quarter');
    expect(start('hoping to start within the next few days')).toBe('this_week');
  });

  it('"for now", "just" and a verb with its preposition name no value', () => {
    expect(start("it's just me for now")).toBeUndefined();
    expect(start('our old club just closed')).toBeUndefined();
    expect(start('browsing for a club near the river')).toBeUndefined();
  });

  it('a pick among options read out is not made by a verb with its preposition', () => {
    const offered = { options: ['this week', 'this season', 'next year', 'just browsing'] };
    expect(selectOffered('browsing for something to start soonish', offered as never)).toBeUndefined();
    expect(selectOffered('just browsing', offered as never)).toBe('just browsing');
  });
});

describe('spoken emails', () => {
  const email = (said: string) => findEmails(u(said))[0]?.value;
  it('a domain with a spoken dash, or said as two words', () => {
    expect(email('it is cox at river dash rowing dot org')).toBe('cox@river-rowing.org');
    expect(email('send it to ana dot ruiz at tideway rowers dot com, all one word')).toBe('ana.ruiz@tidewayrowers.com');
  });

  it('letters spelled with commas, and a sentence before the address', () => {
    expect(email('email is j, o, r, d, i at oarhouse dot com')).toBe('jordi@oarhouse.com');
    expect(email('put me through to the coach. b dot lee at oarhouse dot com')).toBe('b.lee@oarhouse.com');
  });
});
