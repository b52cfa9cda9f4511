// "Where are you guys located": the address a front desk gives, for an enum of desk topics.
// A made-up bakery's info line answers its hours, its address or its menu.
import { llm } from '@livekit/agents';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { extractArgs } from '../slot_filling.js';
import { toolInfo } from '../tool_catalog.js';
import { prepareUtterance } from './utterance.js';

const info = toolInfo(
  llm.tool({
    description: 'Answer a question about the bakery.',
    parameters: z.object({ topic: z.enum(['hours', 'address', 'menu']).describe('What the caller asks about.') }),
    execute: async () => 'Answered.',
  }) as never,
);

const topic = (said: string) =>
  extractArgs(info, prepareUtterance(said), {
    opening: true,
    typedOnly: false,
    requestWords: new Set(),
    agentVocabulary: new Set(),
    now: new Date('2026-03-05T10:00:00'),
    dateOrder: 'month-first',
  }).values.topic;

describe('asking where the place is', () => {
  it('is the address', () => {
    expect(topic('oh ok. where are you guys located actually')).toBe('address');
    expect(topic('can you give me directions')).toBe('address');
    expect(topic('what time do you close')).toBe('hours');
  });
});
