// A made-up dog groomer's line, where two tools take one of the times a search offered (book a
// groom, move a groom): the pick goes to the one the caller asked for; a booking asked for with a
// day and nothing listed yet lists that day's times first; a refusal asking for what the caller
// said earlier is answered from it; an id is written as the groomer's examples write it.
import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf, type Turn } from '../fixtures/decide.js';

const NOW = new Date('2025-05-05T09:00:00');
const LISTED = 'Free times: Friday, May 9 at 10 AM; Friday, May 9 at 11 AM; Friday, May 9 at 3 PM. Which one suits?';
const MEMBER = z.string().optional().describe('The member number: "PP" and four digits, on the loyalty card.');

const groomer = defineWorkflow({
  name: 'groomer',
  userData: z.object({ groomService: z.string().optional() }),
  start: 'desk',
  agents: [
    {
      id: 'desk',
      description: 'Books and moves grooming appointments.',
      instructions: 'You book and move grooms at the times find_groom_times offers.',
      canEndCall: true,
      tools: {
        find_groom_times: llm.tool({
          description: 'Find up to three free grooming times, on a given day or as soon as possible.',
          parameters: z.object({
            day: z.string().optional().describe('The day the caller wants. Leave out for the earliest.'),
          }),
          execute: async () => LISTED,
        }),
        book_groom: llm.tool({
          description: 'Book a groom at one of the times find_groom_times just offered.',
          parameters: z.object({
            member_number: MEMBER,
            service: z.enum(['bath', 'haircut', 'nails']).optional().describe('bath, haircut (trim, clip) or nails.'),
            time: z.string().describe('The offered time the caller chose.'),
          }),
          execute: async () => 'Booked.',
        }),
        move_groom: llm.tool({
          description: 'Move the next booked groom to one of the times find_groom_times just offered.',
          parameters: z.object({
            member_number: MEMBER,
            new_time: z.string().describe('The offered time the caller chose.'),
          }),
          execute: async () => 'Moved.',
        }),
      },
      examples: {
        find_groom_times: ['anything on Friday', 'what is free tomorrow'],
        book_groom: ['book Rex in for a bath, member PP-2210', 'I would like to book a groom'],
        move_groom: ['can I move my groom to another day', 'I need to reschedule Rex'],
      },
    },
  ],
  edges: [],
});

const { toolCtx, instructions } = builtAgent(groomer, 'desk');
const policy = new DialoguePolicy({ now: () => NOW });
const decide = (turns: Turn[]) => policy.decide(chatOf(instructions, turns), toolCtx);

describe('a pick when two tools take one', () => {
  it('goes to the tool the caller asked for', async () => {
    const move = await decide([
      ['caller', 'I need to reschedule Rex, something came up'],
      ['agent', 'Which day suits you?'],
      ['caller', 'Friday'],
      ['tool', 'find_groom_times', { day: 'Friday' }, LISTED],
      ['caller', 'the second one'],
    ]);
    expect(move.toolCalls.map((c) => c.name)).toEqual(['move_groom']);
    expect(String(move.toolCalls[0]!.args.new_time)).toMatch(/T11:00/);
    const book = await decide([
      ['caller', 'I would like to book a groom for my poodle'],
      ['agent', 'Which day suits you?'],
      ['caller', 'Friday'],
      ['tool', 'find_groom_times', { day: 'Friday' }, LISTED],
      ['caller', 'the first one'],
    ]);
    expect(book.toolCalls.map((c) => c.name)).toEqual(['book_groom']);
  });
});

describe('a booking asked for before any time was offered', () => {
  it('lists the day asked for first, and asks which day when none was said', async () => {
    const friday = await decide([['caller', 'can I book a bath for Rex on Friday']]);
    expect(friday.toolCalls.map((c) => c.name)).toEqual(['find_groom_times']);
    const bare = await decide([['caller', 'I would like to book a groom']]);
    expect(bare.toolCalls).toEqual([]);
  });
});

describe('a refusal asking for what the caller already said', () => {
  it('calls again with it', async () => {
    const d = await decide([
      ['caller', 'Rex needs a trim, anything Friday'],
      ['tool', 'find_groom_times', { day: 'Friday' }, LISTED],
      ['caller', 'the 3 pm please, member p p two two one zero'],
      [
        'failed',
        'book_groom',
        { member_number: 'PP-2210', time: '2025-05-09T15:00' },
        'What is it for? Ask: bath, haircut or nails.',
      ],
    ]);
    expect(d.toolCalls.map((c) => c.name)).toEqual(['book_groom']);
    expect(d.toolCalls[0]!.args).toMatchObject({ service: 'haircut', member_number: 'PP-2210' });
  });

  it('is spoken with its choices as the question', async () => {
    const d = await decide([
      ['caller', 'the 3 pm please'],
      ['failed', 'book_groom', { time: '2025-05-09T15:00' }, 'What is it for? Ask: bath, haircut or nails.'],
    ]);
    expect(d.content).toMatch(/What is it for\? Bath, haircut or nails\?/);
  });
});

describe('an id said without its dash', () => {
  it('is written as the examples write it', async () => {
    const d = await decide([
      ['caller', 'Rex needs a bath, anything Friday'],
      ['tool', 'find_groom_times', { day: 'Friday' }, LISTED],
      ['caller', 'the 10 am, my member number is p p two two one zero'],
    ]);
    expect(d.toolCalls[0]?.args.member_number).toBe('PP-2210');
  });

  it('is asked for again after a refusal naming it as a number, keeping the time picked', async () => {
    const d = await decide([
      ['caller', 'Rex needs a bath, anything Friday'],
      ['tool', 'find_groom_times', { day: 'Friday' }, LISTED],
      ['caller', 'the 10 am'],
      [
        'failed',
        'book_groom',
        { service: 'bath', time: '2025-05-09T10:00' },
        'I need the member number first. Ask the caller for it.',
      ],
      ['agent', 'I need the member number first.'],
      ['caller', 'it is p p two two one zero'],
    ]);
    expect(d.toolCalls.map((c) => c.name)).toEqual(['book_groom']);
    expect(d.toolCalls[0]!.args).toMatchObject({ member_number: 'PP-2210', time: '2025-05-09T10:00' });
  });
});
