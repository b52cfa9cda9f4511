// "do you have anything in the evening?" after free times were listed, on a made-up dog groomer's
// line: a new search narrowed by what the line says, not a pick of a time that was never offered.
import { llm } from '@livekit/agents';
import { expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf } from '../fixtures/decide.js';

const groomer = defineWorkflow({
  name: 'groomer',
  userData: z.object({}),
  start: 'desk',
  agents: [
    {
      id: 'desk',
      description: 'Books grooming sessions.',
      instructions: 'You book grooming sessions.',
      canEndCall: true,
      tools: {
        find_slots: llm.tool({
          description: 'Find free grooming slots, as soon as possible or in a part of the day.',
          parameters: z.object({
            part_of_day: z
              .enum(['morning', 'afternoon', 'evening'])
              .optional()
              .describe('Only if the caller said one.'),
          }),
          execute: async () => 'Free slots: Monday at 9 AM; Monday at 10 AM.',
        }),
        book_slot: llm.tool({
          description: 'Book one of the slots find_slots just offered.',
          parameters: z.object({ time: z.string().describe('The offered time the caller chose.') }),
          execute: async () => 'Booked.',
        }),
      },
    },
  ],
  edges: [],
});

it('searches again with the part of the day asked about', async () => {
  const { toolCtx, instructions } = builtAgent(groomer, 'desk');
  const d = await new DialoguePolicy({ now: () => new Date('2026-03-05T10:00:00') }).decide(
    chatOf(instructions, [
      ['caller', 'can i book a groom for my spaniel'],
      ['tool', 'find_slots', {}, 'Free slots: Monday at 9 AM; Monday at 10 AM.'],
      ['agent', 'Free slots: Monday at 9 AM. Monday at 10 AM. Which one suits?'],
      ['caller', 'do you have anything thursday evening'],
    ]),
    toolCtx,
  );
  expect(d.toolCalls).toEqual([{ name: 'find_slots', args: { part_of_day: 'evening' } }]);
});

// The groomer again, with a tool that moves a booked slot: a refusal that proposes it ("Ask whether
// the caller wants to move that one instead") taken up by its verb moves it to the time just chosen.
const withMove = defineWorkflow({
  name: 'groomer2',
  userData: z.object({}),
  start: 'desk',
  agents: [
    {
      id: 'desk',
      description: 'Books and moves grooming sessions.',
      instructions: 'You book and move grooming sessions.',
      canEndCall: true,
      tools: {
        find_slots: llm.tool({
          description: 'Find free grooming slots.',
          parameters: z.object({}),
          execute: async () => 'Free slots: Monday at 9 AM; Monday at 10 AM.',
        }),
        book_slot: llm.tool({
          description: 'Book one of the slots find_slots just offered.',
          parameters: z.object({
            time: z.string().describe('The offered time the caller chose, like "Monday at 9 AM".'),
          }),
          execute: async () => 'Booked.',
        }),
        move_booking: llm.tool({
          description: 'Move the dog’s booked session to one of the slots find_slots just offered.',
          parameters: z.object({
            new_time: z.string().describe('The offered time the caller chose, for example "Tue 2 PM".'),
          }),
          execute: async () => 'Moved.',
        }),
      },
    },
  ],
  edges: [],
});

it('takes up a refusal’s proposal of another tool here, with the time already chosen', async () => {
  const { toolCtx, instructions } = builtAgent(withMove, 'desk');
  const d = await new DialoguePolicy({ now: () => new Date('2026-03-05T10:00:00') }).decide(
    chatOf(instructions, [
      ['caller', 'can i book a groom for my spaniel'],
      ['tool', 'find_slots', {}, 'Free slots: Monday at 9 AM; Monday at 10 AM.'],
      ['agent', 'Free slots: Monday at 9 AM. Monday at 10 AM. Which one suits?'],
      ['caller', 'the first one'],
      [
        'failed',
        'book_slot',
        { time: 'Monday at 9 AM' },
        'Rex already has a session on Friday. Ask whether the caller wants to move that one instead.',
      ],
      ['agent', 'Rex already has a session on Friday. Could you tell me whether you want to move that one instead?'],
      ['caller', "oh right, he's in on friday. ok then just move that one to monday"],
    ]),
    toolCtx,
  );
  expect(d.toolCalls).toEqual([{ name: 'move_booking', args: { new_time: 'Monday at 9 AM' } }]);
});
