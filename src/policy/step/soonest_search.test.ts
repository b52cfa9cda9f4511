// "whatever's first" / "any evening, whenever's soonest" at a made-up tennis club's court desk: the
// search that lists free courts is called at once, keeping what the same breath names exactly.
import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf, type Turn } from '../fixtures/decide.js';
import { SOONEST } from './start.js';

const courts = defineWorkflow({
  name: 'courts',
  userData: z.object({}),
  start: 'desk',
  agents: [
    {
      id: 'desk',
      description: 'Finds free courts.',
      instructions: 'You find free tennis courts.',
      canEndCall: true,
      tools: {
        find_courts: llm.tool({
          description: 'Find up to three free court times, on a given day or as soon as possible.',
          parameters: z.object({
            day: z.string().optional().describe('The day wanted. Leave out for the earliest.'),
            session: z.enum(['daytime', 'evening']).optional().describe('Only if the caller said daytime or evening.'),
          }),
          execute: async () => 'Free courts: Monday at 6 PM. Which one suits you?',
        }),
      },
    },
  ],
  edges: [],
});

const policy = new DialoguePolicy({ now: () => new Date('2026-03-05T10:00:00') });
const decide = (lines: Turn[]) => policy.decide(chatOf('Help the caller.', lines), builtAgent(courts, 'desk').toolCtx);
const asked: Turn[] = [['assistant', 'Which day suits you, and daytime or evening?']];

describe('the earliest, asked for', () => {
  it('reads "whatever\'s first" as the earliest', () => {
    expect(SOONEST.test("yeah whatever's first")).toBe(true);
  });

  it('searches at once, with the value the same breath names', async () => {
    const d = await decide([...asked, ['user', "honestly any evening, whenever's soonest"]]);
    expect(d.toolCalls).toEqual([{ name: 'find_courts', args: { session: 'evening' } }]);
  });
});
