// Two dates that make one span, on a made-up boat hire: the day the boat goes out and the day it
// comes back. One date said is the start, never both; a length or a second day gives the end.
import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { extractArgs } from '../slot_filling.js';
import { toolInfo } from '../tool_catalog.js';
import { prepareUtterance } from './utterance.js';

const hire = toolInfo(
  llm.tool({
    description: 'Quote a boat for some days.',
    parameters: z.object({
      collection_date: z.string().describe('The day they collect the boat, as said.'),
      return_date: z.string().describe('The day they bring it back.'),
    }),
    execute: async () => 'ok',
  }) as never,
);
// Wednesday 10 June 2026.
const now = new Date('2026-06-10T12:00:00');
const days = (said: string, expecting?: string) => {
  const out = extractArgs(hire, prepareUtterance(said), {
    opening: false,
    typedOnly: false,
    requestWords: new Set<string>(),
    agentVocabulary: new Set<string>(),
    now,
    expecting: hire.params.find((p) => p.name === expecting),
  });
  const day = (name: string) => {
    const d = out.dates[name]?.date;
    return d ? `${d.getMonth() + 1}-${d.getDate()}` : undefined;
  };
  return [day('collection_date'), day('return_date')];
};

describe('a span of days said in one breath', () => {
  it('gives one date said once to the start only', () => {
    expect(days('can I take a boat out on friday')).toEqual(['6-12', undefined]);
  });

  it('counts a length from the start', () => {
    expect(days('friday for four days')).toEqual(['6-12', '6-16']);
    expect(days('next monday for two weeks')).toEqual(['6-15', '6-29']);
    expect(days('saturday, three nights')).toEqual(['6-13', '6-16']);
    expect(days('out on friday and back two days later')).toEqual(['6-12', '6-14']);
  });

  it('counts a length with a part of the day said after it (the time of collection, not a day)', () => {
    expect(days('friday for four days, evening collection')).toEqual(['6-12', '6-16']);
    expect(days('next monday for a week, morning pick up please')).toEqual(['6-15', '6-22']);
  });

  it('takes two days said as a range', () => {
    expect(days('friday to monday')).toEqual(['6-12', '6-15']);
    expect(days('from saturday, returning on tuesday')).toEqual(['6-13', '6-16']);
  });

  it('gives a day said after "until" to the end', () => {
    expect(days('I want to keep it until sunday')).toEqual([undefined, '6-14']);
  });

  it('gives a lone day to the end when that is what was asked', () => {
    expect(days('sunday', 'return_date')).toEqual([undefined, '6-14']);
    expect(days('sunday', 'collection_date')).toEqual(['6-14', undefined]);
  });
});

describe('a length counted from a day', () => {
  it('reads "a week from today" as the day a week on, with a length after it for the end', () => {
    expect(days('what about a week from today instead, still two days')).toEqual(['6-17', '6-19']);
    expect(days('two weeks from friday for three nights')).toEqual(['6-26', '6-29']);
  });

  it('gives neither end a length said alone with no start held', () => {
    expect(days('i need to bring it back two days later than planned')).toEqual([undefined, undefined]);
  });

  it('writes the counted day out, for a tool that reads the caller words', () => {
    const u = prepareUtterance('a week from tomorrow');
    const out = extractArgs(hire, u, {
      opening: false,
      typedOnly: false,
      requestWords: new Set<string>(),
      agentVocabulary: new Set<string>(),
      now,
    });
    expect(out.dates.collection_date?.text).toBe('2026-06-18');
  });
});
