// The value a refusal asked for, given on its own, retries the refused call: the id's label
// ("member number") is a word of every tool and names no other request. A caller's earlier words
// the tool's description lists for a value ("a budgie" for bird) narrow a search for the soonest.
// A made-up swimming school.
import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf, type Turn } from '../fixtures/decide.js';

const MEMBER = z
  .string()
  .optional()
  .describe('The member number: "SW" and four digits, on the membership card. Leave out if already given.');

const school = defineWorkflow({
  name: 'swim-school',
  userData: z.object({}),
  start: 'lessons',
  agents: [
    {
      id: 'lessons',
      description: 'Books and cancels swimming lessons.',
      instructions: 'You look after the lesson diary.',
      canEndCall: true,
      tools: {
        find_lesson_times: llm.tool({
          description: 'Find free lesson times, as soon as possible, for the kind of class.',
          parameters: z.object({
            level: z
              .enum(['toddler', 'beginner', 'improver', 'adult'])
              .optional()
              .describe('The class: toddler (baby, under three), beginner, improver or adult (grown-up).'),
          }),
          execute: async () => 'Free: Monday at 9 AM. Which one suits?',
        }),
        book_lesson: llm.tool({
          description: 'Book a lesson at one of the times just offered.',
          parameters: z.object({ member_id: MEMBER, time: z.string().describe('The offered time chosen.') }),
          execute: async () => 'Booked.',
        }),
        cancel_lesson: llm.tool({
          description: 'Cancel the next booked lesson.',
          parameters: z.object({ member_id: MEMBER, why: z.string().optional().describe('Why, in their words.') }),
          execute: async () => 'Cancelled.',
        }),
      },
      examples: {
        book_lesson: ['the 9 AM one please, member number SW-1042', 'book me in, member SW-2211'],
        cancel_lesson: ['I need to cancel my lesson', 'cancel the class please'],
      },
    },
  ],
  edges: [],
});

const policy = new DialoguePolicy({ now: () => new Date('2026-03-05T10:00:00') });
const decide = async (lines: Turn[]) =>
  (await policy.decide(chatOf('Help the caller.', lines), builtAgent(school, 'lessons').toolCtx)).toolCalls;

describe('the value a refusal asked for', () => {
  it('retries the refused call, whatever tool its label also names', async () => {
    const calls = await decide([
      ['user', 'I need to cancel my lesson tomorrow'],
      ['failed', 'cancel_lesson', {}, 'I need the member number first. Ask the caller for it: "SW" and four digits.'],
      ['assistant', 'I need the member number first. It is "SW" and four digits.'],
      ['user', 'member number s w two two one one'],
    ]);
    expect(calls.map((c) => c.name)).toEqual(['cancel_lesson']);
    expect(calls[0]!.args).toMatchObject({ member_id: 'SW-2211' });
  });
});

describe('a value said earlier in the words of its description', () => {
  it('narrows the search for the soonest', async () => {
    const calls = await decide([
      ['user', 'do you take a baby? mine is eighteen months'],
      ['assistant', 'We do. What can I help you with?'],
      ['user', 'whenever is soonest'],
    ]);
    expect(calls.map((c) => c.name)).toEqual(['find_lesson_times']);
    expect(calls[0]!.args).toMatchObject({ level: 'toddler' });
  });
});
