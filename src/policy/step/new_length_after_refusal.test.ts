// A span refused for its length ("at most 14 days; this would be 21"), then a new length said alone
// ("ok, then just ten days"): the same call again with the end that far after the start already
// held, without a correction cue. A made-up marina hires out boats.
import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf, type Turn } from '../fixtures/decide.js';

const quoteBoat = llm.tool({
  description: 'Quote a boat for the days asked.',
  parameters: z.object({
    launch_date: z.string().describe('The day they start with the boat, as the caller said it ("next Friday").'),
    return_date: z.string().describe('The day they bring it back, or how long ("for 3 days").'),
  }),
  execute: async () => 'Quoted.',
});

const marina = defineWorkflow({
  name: 'marina',
  userData: z.object({}),
  start: 'desk',
  agents: [
    {
      id: 'desk',
      description: 'Boat hire desk.',
      instructions: 'You quote boats.',
      canEndCall: true,
      tools: { quote_boat: quoteBoat },
    },
  ],
  edges: [],
});

const REFUSAL = 'Boats go out for at most 14 days; this would be 21. Offer the first 14 days.';
// Wednesday 10 June 2026: "next friday" is 19 June.
const policy = new DialoguePolicy({ now: () => new Date('2026-06-10T10:00:00') });
const decide = (lines: Turn[]) => policy.decide(chatOf('Help the caller.', lines), builtAgent(marina, 'desk').toolCtx);
const before: Turn[] = [
  ['user', 'I want a boat from next friday for three weeks'],
  ['failed', 'quote_boat', { launch_date: 'next friday', return_date: '2026-07-03' }, REFUSAL],
  ['assistant', 'Boats go out for at most 14 days; this would be 21. I can offer the first 14 days.'],
];

describe('a new length after a refusal', () => {
  it('calls again with the end counted from the start held', async () => {
    const d = await decide([...before, ['user', 'oh ok, then just ten days']]);
    expect(d.toolCalls.map((c) => [c.name, c.args])).toEqual([
      ['quote_boat', { launch_date: 'next friday', return_date: '2026-06-29' }],
    ]);
  });

  it('leaves a day said ("in three days") to be a day, not a length', async () => {
    const d = await decide([...before, ['user', 'ok, what about in three days']]);
    expect(d.toolCalls.map((c) => c.args as { return_date?: string })).not.toContainEqual(
      expect.objectContaining({ return_date: '2026-06-15' }),
    );
  });
});
