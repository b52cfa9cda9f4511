// Where a caller is, said as a spot on a road or a landmark rather than a town. A made-up ski
// shuttle's pick-up point: "I'm at the lodge car park by gate two", "stuck on route nine near
// mile marker 40".
import { llm } from '@livekit/agents';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { extractArgs } from '../slot_filling.js';
import { toolInfo } from '../tool_catalog.js';
import { findWhereabouts, SPOT_LOCATION } from './whereabouts.js';
import { prepareUtterance } from './utterance.js';

const where = (line: string) => findWhereabouts(prepareUtterance(line))?.value;

describe('whereabouts in the caller’s words', () => {
  it('takes the phrase after "I’m on/at", "pulled over on"', () => {
    expect(where('the shuttle never came, i’m at the lodge car park by gate two')).toBe(
      'the lodge car park by gate two',
    );
    expect(where("we're stuck on route nine near mile marker 40")).toBe('route nine near mile marker 40');
    expect(where('front left wheel, i’m pulled over on the shoulder')).toBe('the shoulder');
  });

  it('leaves lines that say no place', () => {
    expect(where("i'm on the phone with my wife")).toBeUndefined();
    expect(where("we're in a hurry")).toBeUndefined();
    expect(where('the lift pass is on my card')).toBeUndefined();
  });

  it('is for a location described as a spot, not a town', () => {
    expect(SPOT_LOCATION.test('Where the shuttle should stop: road, landmark or car park.')).toBe(true);
    expect(SPOT_LOCATION.test('The town the outage is in.')).toBe(false);
  });
});

const sendShuttle = toolInfo(
  Object.assign(
    llm.tool({
      description: 'Send the shuttle to pick the caller up.',
      parameters: z.object({
        location: z.string().describe('Where to pick them up: the road or landmark, in the caller’s words.'),
      }),
      execute: async () => 'On its way.',
    }),
    { name: 'send_shuttle' },
  ) as never,
);

it('fills a location described as a spot from the caller’s words', () => {
  const u = prepareUtterance('the shuttle never came, i’m at the lodge car park by gate two');
  expect(extractArgs(sendShuttle, u, {} as never).values.location).toBe('the lodge car park by gate two');
});
