// A made-up ferry line's booking desk. A lookup whose answer offers more once the caller is checked
// ("Once I have verified you with your email or membership number, I can give you the cabin
// details too"): "yeah, which cabin is it? my membership number is …" verifies the caller, not the
// same lookup again. "so it's still pending" after a check that gave nothing to try is no report
// that advice failed (no case is opened), and "random question, do you guys sell souvenir mugs",
// which nothing here or onward serves, is answered as not done here, not sent to the fares desk.
import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf, type Turn } from '../fixtures/decide.js';

const ferry = defineWorkflow({
  name: 'ferry-bookings',
  userData: z.object({}),
  start: 'bookings',
  agents: [
    {
      id: 'bookings',
      description: 'Finds sailings bookings and opens cases.',
      instructions: 'Look up bookings by reference. Open a case for anything else.',
      canEndCall: true,
      tools: {
        lookup_booking: llm.tool({
          description: 'Look up a sailing booking by its reference.',
          parameters: z.object({ booking_ref: z.string().describe('The booking reference, like 4471.') }),
          execute: async () =>
            'Booking 4471 is pending and sails on Friday. Once I have verified you with your email or membership number, I can give you the cabin details too.',
        }),
        verify_member: llm.tool({
          description: 'Verify who the caller is before account details are shared.',
          parameters: z.object({
            name: z.string().describe('The caller’s full name.'),
            membership_number: z.string().optional().describe('The eight-digit membership number.'),
            email: z.string().optional().describe('The email on file.'),
          }),
          execute: async () => 'Verified.',
        }),
        open_case: llm.tool({
          description: 'Open a case for a general request or when the problem is not solved on this call.',
          parameters: z.object({ summary: z.string().describe('What the caller needs, in their words.') }),
          execute: async () => 'Case C-1 is open.',
        }),
      },
      examples: {
        lookup_booking: [
          'where is my booking 4471',
          'check booking 4480 please',
          'which cabin do I have on booking 4480',
        ],
        open_case: ['please open a case for me', 'log a complaint about the cafe'],
      },
    },
    {
      id: 'fares',
      description: 'Answers fare questions and handles refunds.',
      instructions: 'Help with fares and refunds.',
      canEndCall: true,
      tools: {
        refund_fare: llm.tool({
          description: 'Refund a fare to the card it was paid with.',
          parameters: z.object({ booking_ref: z.string().describe('The booking reference.') }),
          execute: async () => 'Refunded.',
        }),
      },
    },
  ],
  edges: [{ from: 'bookings', to: 'fares', when: 'fare questions, charges and refunds' }],
});

const policy = new DialoguePolicy({ now: () => new Date('2026-03-05T10:00:00') });
const agent = builtAgent(ferry, 'bookings');
const decide = (lines: Turn[]) => policy.decide(chatOf(agent.instructions, lines), agent.toolCtx);

const looked: Turn[] = [
  ['user', 'hi, this is Rosa Diaz, booking four four seven one'],
  [
    'tool',
    'lookup_booking',
    { booking_ref: '4471' },
    'Booking 4471 is pending and sails on Friday. Once I have verified you with your email or membership number, I can give you the cabin details too.',
  ],
  [
    'assistant',
    'Booking 4471 is pending and sails on Friday. Once I have verified you with your email or membership number, I can give you the cabin details too.',
  ],
];

describe('after a lookup that offers more once the caller is verified', () => {
  it('verifies the caller who gives the number, not the same lookup again', async () => {
    const d = await decide([
      ...looked,
      [
        'user',
        "yeah can you tell me what's actually in it? my membership number is five five one two zero nine three eight",
      ],
    ]);
    expect(d.toolCalls.map((c) => c.name)).toEqual(['verify_member']);
  });

  const verified: Turn[] = [
    ...looked,
    ['user', 'my membership number is five five one two zero nine three eight'],
    ['tool', 'verify_member', { name: 'Rosa Diaz', membership_number: '55120938' }, 'Verified.'],
    ['assistant', 'Thank you, you are verified.'],
  ];

  it('opens no case for "still pending" when nothing was given to try', async () => {
    const d = await decide([...verified, ['user', 'oh right, okay so it is still pending']]);
    expect(d.toolCalls.map((c) => c.name)).not.toContain('open_case');
  });

  it('says a "do you sell …" question nothing serves is not done here', async () => {
    const d = await decide([...verified, ['user', 'also random question, do you guys sell souvenir mugs']]);
    expect(d.toolCalls).toEqual([]);
    expect(d.content).toMatch(/can't help with that/i);
  });
});
