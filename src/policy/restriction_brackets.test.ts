// A bracket that says when a value applies ("a roof box (vans and estates only)", "(up to 4
// people)") restricts it; its words are not other words for it. A made-up bike-and-car hire adds
// extras: "I need a van on Friday" names no roof box, while "a bike rack" still names the rack.
import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { prepareUtterance, matchEnum } from './slots/index.js';
import { toolInfo } from './tool_catalog.js';

const addExtra = llm.tool({
  description:
    'Add extras to a hire: a bike rack (cycle carrier), a roof box (vans and estates only), or a kids seat (up to 4 years, booster).',
  parameters: z.object({
    extra: z.enum(['bike_rack', 'roof_box', 'kids_seat']).describe('bike_rack, roof_box or kids_seat.'),
  }),
  execute: async () => 'Added.',
});

const extra = toolInfo(addExtra as never).params.find((p) => p.name === 'extra')!;
const read = (s: string) => matchEnum(prepareUtterance(s), extra.enumValues!, extra.description, extra.listed)?.value;

describe('a bracket that restricts a value', () => {
  it('gives it no other words', () => {
    expect(read('we need two vans on friday and bring them back monday')).toBeUndefined();
  });

  it('keeps the other words of a bracket beside the restriction', () => {
    expect(read('can we get a booster for the little one')).toBe('kids_seat');
    expect(read('and a cycle carrier please')).toBe('bike_rack');
  });
});
