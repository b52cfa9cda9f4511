// A made-up ferry line: a sailing whose example writes it as letters, a space and three digits
// ("like FR 310") is read when said that way ("fr two oh four"), though three digits alone are no
// id, beside a booking reference of another shape.
import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { extractArgs } from './slot_filling.js';
import { toolInfo } from './tool_catalog.js';
import { prepareUtterance } from './slots/utterance.js';

const move = toolInfo(
  llm.tool({
    description: 'Move the booking to another sailing.',
    parameters: z.object({
      sailing_number: z
        .string()
        .describe('The new sailing, like "FR 310" or "the 6:15 one" read as its number, e.g. "FR310".'),
      reference: z.string().describe('The booking reference, six letters and digits, like "K7QX2M".'),
    }),
    execute: async () => 'Moved.',
  }) as never,
);
const read = (said: string) =>
  extractArgs(move, prepareUtterance(said), {
    opening: false,
    typedOnly: true,
    now: new Date('2026-03-05T10:00:00'),
    dateOrder: 'month-first',
    requestWords: new Set(),
    agentVocabulary: new Set(),
  }).values;

describe('an id with fixed letters said apart from its digits', () => {
  it('is the id, written as the example writes it', () => {
    expect(read('FR 204 please').sailing_number).toBe('FR 204');
    expect(read('fr two oh four').sailing_number).toBe('FR 204');
    expect(read('booking K7QX2M, FR 206')).toEqual({ reference: 'K7QX2M', sailing_number: 'FR 206' });
  });

  it('needs the letters: digits alone, or another count of them, are not it', () => {
    expect(read('the 204').sailing_number).toBeUndefined();
    expect(read('FR 2041').sailing_number).not.toBe('FR 2041'.slice(0, 6));
  });
});
