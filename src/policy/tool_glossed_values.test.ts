// Enum values glossed in the tool's own description ("maintenance (broken heating, no hot water)"),
// not only in the argument's: the caller's words for a value are read from both. And a noise
// complaint said as "really loud music". A made-up campsite sends wardens to pitches.
import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { prepareUtterance, matchEnum } from './slots/index.js';
import { toolInfo } from './tool_catalog.js';

const sendWarden = llm.tool({
  description:
    'Send a warden to a pitch: cleaning (the shower block, bins), repairs (broken hook-up, no hot water, a leaking tap), or a noise complaint.',
  parameters: z.object({
    need: z
      .enum(['cleaning', 'repairs', 'noise', 'other'])
      .describe('cleaning (tidy the pitch), repairs (something broken), noise (a noisy neighbour) or other.'),
  }),
  execute: async () => 'Sent.',
});

const need = toolInfo(sendWarden as never).params.find((p) => p.name === 'need')!;
const read = (s: string) => matchEnum(prepareUtterance(s), need.enumValues!, need.description, need.listed)?.value;

describe("values glossed in the tool's description", () => {
  it('reads a value by the words the tool gives it', () => {
    expect(read("we're at pitch 12 and there's no hot water at the pitch")).toBe('repairs');
  });

  it('reads loud music next door as a noise complaint', () => {
    expect(read('the people on the pitch next to ours are playing really loud music')).toBe('noise');
  });

  it("still reads the argument's own words", () => {
    expect(read('could someone tidy the pitch')).toBe('cleaning');
  });
});
