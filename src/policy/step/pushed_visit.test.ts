// "can we push it to friday" is moving a booking, on a made-up hair salon's line: once times are
// listed, the caller's pick moves the booked cut (the tool whose examples say "reschedule"), not a
// new booking; before, "push" named nothing and the pick went to the first tool that takes one.
import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf, type Turn } from '../fixtures/decide.js';

const LISTED = 'Free times: Friday at 10 AM; Friday at 2 PM; Friday at 4 PM. Which one suits?';
const salon = defineWorkflow({
  name: 'salon',
  userData: z.object({}),
  start: 'diary',
  agents: [
    {
      id: 'diary',
      description: 'Books, moves and cancels haircuts.',
      instructions: 'Offer times from find_times, then book with book_cut or move a booked cut with move_cut.',
      canEndCall: true,
      examples: {
        find_times: ['anything on friday', 'what is free tomorrow'],
        book_cut: ['the 2 PM one please', 'book me in at 11'],
        move_cut: ['I would like to reschedule my cut', 'can I reschedule to that time'],
      },
      tools: {
        find_times: llm.tool({
          description: 'Find up to three free times on a given day.',
          parameters: z.object({ day: z.string().optional().describe('The day wanted.') }),
          execute: async () => LISTED,
        }),
        book_cut: llm.tool({
          description: 'Book a new haircut at one of the times just offered.',
          parameters: z.object({ time: z.string().describe('The offered time the caller chose.') }),
          execute: async () => 'Booked.',
        }),
        move_cut: llm.tool({
          description: 'Move the caller’s booked haircut to one of the times just offered.',
          parameters: z.object({ time: z.string().describe('The offered time the caller chose.') }),
          execute: async () => 'Moved.',
        }),
      },
    },
  ],
  edges: [],
});

const { toolCtx, instructions } = builtAgent(salon, 'diary');
const policy = new DialoguePolicy({ now: () => new Date('2026-03-02T10:00:00') });

describe('pushing a booked cut to another day', () => {
  it('moves it to the time picked', async () => {
    const turns: Turn[] = [
      ['agent', 'How can I help?'],
      ['caller', "my cut is tomorrow but i can't make it, can we push it to friday"],
      ['tool', 'find_times', { day: 'Friday' }, LISTED],
      ['agent', LISTED],
      ['caller', 'whichever is latest'],
    ];
    const d = await policy.decide(chatOf(instructions, turns), toolCtx);
    expect(d.toolCalls.map((c) => c.name)).toEqual(['move_cut']);
  });
});
