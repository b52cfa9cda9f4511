// A made-up ferry line: the sailings of a day are listed with their times ("FR 204 at 8:45 AM"),
// and the caller picks one by its time said in words ("the eight forty five", "the twelve thirty
// one", which normalisation writes as one number). The tool that moves the booking says only in
// its argument that it takes the sailing the caller picked; its example writes the sailing as
// letters, a space and digits ("FR 310"). Once the move went through, a question about it picks
// nothing from the listing before it.
import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf, type Turn } from '../fixtures/decide.js';
import { readOffered, selectOffered } from './offered.js';

const NOW = new Date('2025-05-05T09:00:00');
const LISTED =
  'On Tuesday, May 6, Oban to Mull: FR 204 at 8:45 AM, 12 places left; FR 206 at 12:30 PM, 3 places left; FR 208 at 5:05 PM, 9 places left. Moving a Saver ticket is free. Which sailing would they like?';

const ferry = defineWorkflow({
  name: 'ferry',
  userData: z.object({}),
  start: 'desk',
  agents: [
    {
      id: 'desk',
      description: 'Moves ferry bookings to another sailing.',
      instructions: 'List the sailings of a day with list_sailings, then move_booking to the one the caller wants.',
      canEndCall: true,
      tools: {
        list_sailings: llm.tool({
          description: 'List the sailings on the booking’s route for another day.',
          parameters: z.object({ day: z.string().describe('The day they want to sail instead.') }),
          execute: async () => LISTED,
        }),
        move_booking: llm.tool({
          description: 'Move the booking to another sailing on the same route.',
          parameters: z.object({
            sailing: z.string().describe('The new sailing the caller picked, like "FR 310".'),
          }),
          execute: async () => 'Moved.',
        }),
      },
      examples: {
        list_sailings: ['can I go on Tuesday instead', 'what sailings are there tomorrow'],
        move_booking: ['put me on FR 310', 'move me to the later boat'],
      },
    },
  ],
  edges: [],
});

const { toolCtx, instructions } = builtAgent(ferry, 'desk');
const policy = new DialoguePolicy({ now: () => NOW });
const decide = (turns: Turn[]) => policy.decide(chatOf(instructions, turns), toolCtx);
const listed: Turn[] = [
  ['caller', 'can I go on Tuesday instead'],
  ['tool', 'list_sailings', { day: 'Tuesday' }, LISTED],
];

describe('a listed sailing picked by its time in words', () => {
  it('is the sailing at that hour and minute, written as its number', async () => {
    const morning = await decide([...listed, ['caller', 'the morning one, the eight forty five']]);
    expect(morning.toolCalls.map((c) => [c.name, c.args.sailing])).toEqual([['move_booking', 'FR 204']]);
    const noon = await decide([...listed, ['caller', 'the twelve thirty one works best for me']]);
    expect(noon.toolCalls.map((c) => [c.name, c.args.sailing])).toEqual([['move_booking', 'FR 206']]);
  });

  it('is not picked again from the listing once the move went through', async () => {
    const after = await decide([
      ...listed,
      ['caller', 'the eight forty five'],
      ['tool', 'move_booking', { sailing: 'FR 204' }, 'Moved to FR 204 on Tuesday, May 6 at 8:45 AM.'],
      ['caller', 'and there is no charge for that right, since it is a saver'],
    ]);
    expect(after.toolCalls.map((c) => c.name)).not.toContain('move_booking');
  });
});

describe('reading a listing', () => {
  it('opens no list at a clock time’s colon, and leaves the sentence after the last option out', () => {
    const quote = readOffered('Moving to FR 206 on Tuesday at 12:30 PM costs $20. Shall I go ahead?');
    expect(quote).toBeUndefined();
    const sailings = readOffered(LISTED)!;
    expect(sailings.options.at(-1)).toBe('FR 208 at 5:05 PM, 9 places left');
    // A number an option shows as its own ("FR 208") is no time (2:08) of any option.
    expect(selectOffered('the 208', sailings)).toBeUndefined();
    expect(selectOffered('the 505', sailings)).toBe('FR 208 at 5:05 PM, 9 places left');
  });
});
