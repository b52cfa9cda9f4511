// A pick from what a search offers waits for the offer. A made-up barber: "my long hair needs
// its yearly cut, could I come in Saturday afternoon" lists Saturday afternoon's free chairs; it does not also
// book "Saturday afternoon" as if it were one of them.
import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DialoguePolicy } from '../dialogue_policy.js';
import { chatOf } from '../fixtures/decide.js';

const tools = new llm.ToolContext({
  find_free_chairs: llm.tool({
    description: 'Find up to three free chair times on a given day, optionally in the morning or afternoon only.',
    parameters: z.object({
      day: z.string().optional().describe('The day the caller wants, for example "Saturday".'),
      part_of_day: z.enum(['morning', 'afternoon']).optional().describe('Only if the caller said it.'),
      cut: z.enum(['haircut', 'beard_trim', 'shave']).optional().describe('The cut, if the caller said it.'),
    }),
    execute: async () => 'Free: Saturday at 1 PM; Saturday at 2 PM. Which one suits you?',
  }),
  book_chair: llm.tool({
    description: 'Book the chair time the caller picked from the ones just offered, for a cut.',
    parameters: z.object({
      time: z.string().describe('The offered time the caller chose, for example "Saturday at 2 PM".'),
      cut: z.enum(['haircut', 'beard_trim', 'shave']).optional().describe('The cut, if not already known.'),
      hair: z.enum(['short', 'long', 'curly']).optional().describe('The kind of hair: short, long or curly.'),
      name: z.string().optional().describe('The caller’s name.'),
    }),
    execute: async () => 'Booked.',
  }),
});

const policy = new DialoguePolicy({ now: () => new Date('2026-03-05T10:00:00') });

describe('a pick from what a search offers', () => {
  it('waits for the offer', async () => {
    const d = await policy.decide(
      chatOf('You book chairs. Offer free times from find_free_chairs, then book the one picked with book_chair.', [
        ['user', 'hi, my long hair needs its yearly cut, could i come in saturday afternoon'],
      ]),
      tools,
    );
    expect(d.toolCalls.map((c) => c.name)).toEqual(['find_free_chairs']);
  });
});
