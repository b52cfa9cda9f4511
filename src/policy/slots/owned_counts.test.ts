// Counting what people own on a made-up piano tuner's line: "my two kids pianos" counts pianos
// (the kids only say whose), while "me and my two kids" still counts people.
import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { extractArgs } from '../slot_filling.js';
import { catalogTools } from '../tool_catalog.js';
import { findCounts, findHeadcounts } from './count.js';
import { prepareUtterance } from './index.js';

const quote = llm.tool({
  description: 'Quote the price of tuning pianos.',
  parameters: z.object({
    piano_type: z.enum(['upright', 'grand', 'kids']).describe('The kind of piano.'),
    piano_count: z.number().int().min(1).optional().describe('How many pianos of that kind, if more than one.'),
  }),
  execute: async () => 'Quoted.',
});
const tool = catalogTools(new llm.ToolContext({ quote_tuning: quote }))[0]!;
const read = (said: string, typedOnly = false) =>
  extractArgs(tool, prepareUtterance(said), {
    opening: true,
    typedOnly,
    requestWords: new Set(['quote', 'price', 'tuning']),
    agentVocabulary: new Set(),
    now: new Date('2026-03-05T10:00:00'),
  }).values;

describe('counts of what people own', () => {
  it('counts the things, not their owners', () => {
    expect(findHeadcounts(prepareUtterance('how much to tune my two kids pianos'))).toEqual([]);
    expect(findCounts(prepareUtterance('how much to tune my two kids pianos'))[0]?.value).toBe(2);
    expect(read('how much would it be to get my two kids pianos tuned').piano_count).toBe(2);
  });

  it('keeps a count said with what the argument counts as a fact for a later desk', () => {
    expect(read('how much would it be to get my two kids pianos tuned', true).piano_count).toBe(2);
    expect(read('we have two kids and one upright', true).piano_count).toBeUndefined();
  });

  it('still counts people who come along', () => {
    expect(findHeadcounts(prepareUtterance("it'll be me and my two kids"))[0]?.value).toBe(3);
    expect(findHeadcounts(prepareUtterance('two kids are coming'))[0]?.value).toBe(2);
    expect(findHeadcounts(prepareUtterance('two staff members'))[0]?.value).toBe(2);
  });
});
