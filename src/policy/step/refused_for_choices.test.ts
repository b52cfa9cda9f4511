// A booking refused because nothing was offered yet ("call find_courts first"), on a made-up tennis
// club's line: the search runs with what the caller just said, and the refused booking is not tried
// again with its old time — the caller picks from what the search offered.
import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf } from '../fixtures/decide.js';

const club = defineWorkflow({
  name: 'tennis-club',
  userData: z.object({}),
  start: 'courts',
  agents: [
    {
      id: 'courts',
      description: 'Books tennis courts.',
      instructions: 'You book courts for members.',
      canEndCall: true,
      tools: {
        find_courts: llm.tool({
          description: 'Find free courts on a day.',
          parameters: z.object({
            day: z.string().optional().describe('The day, like 2026-03-10.'),
            part_of_day: z.enum(['morning', 'afternoon', 'evening']).optional().describe('When in the day.'),
          }),
          execute: async () => 'Free courts: Tuesday at 2 PM; Tuesday at 3 PM; Tuesday at 4 PM. Which one suits?',
        }),
        book_court: llm.tool({
          description: 'Book a court at one of the times find_courts offered.',
          parameters: z.object({ time: z.string().describe('The offered time the member chose.') }),
          execute: async () => 'Booked.',
        }),
      },
    },
  ],
  edges: [],
});

describe('a booking refused for want of a search', () => {
  it('runs the search with the day and part of day the caller just said', async () => {
    const { toolCtx, instructions } = builtAgent(club, 'courts');
    const d = await new DialoguePolicy().decide(
      chatOf(instructions, [
        ['caller', 'anything free on Tuesday afternoon?'],
        ['failed', 'book_court', { time: '2026-03-10T15:00' }, 'Nothing was offered yet. Call find_courts first.'],
      ]),
      toolCtx,
    );
    expect(d.toolCalls.map((c) => c.name)).toEqual(['find_courts']);
    expect(d.toolCalls[0]!.args).toMatchObject({ part_of_day: 'afternoon' });
    expect(d.toolCalls[0]!.args).toHaveProperty('day');
  });

  it('does not book the old time once the search offered choices: the caller picks', async () => {
    const { toolCtx, instructions } = builtAgent(club, 'courts');
    const d = await new DialoguePolicy().decide(
      chatOf(instructions, [
        ['caller', 'anything free on Tuesday afternoon?'],
        ['failed', 'book_court', { time: '2026-03-10T15:00' }, 'Nothing was offered yet. Call find_courts first.'],
        [
          'tool',
          'find_courts',
          { part_of_day: 'afternoon' },
          'Free courts: Tuesday at 2 PM; Tuesday at 3 PM; Tuesday at 4 PM. Which one suits?',
        ],
      ]),
      toolCtx,
    );
    expect(d.toolCalls.map((c) => c.name)).not.toContain('book_court');
  });
});
