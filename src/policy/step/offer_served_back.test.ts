// After a refusal, on a made-up piano tuner's line. The parts desk (reached by a call edge) was told
// to "offer to book a tuning visit", work only the bookings desk behind the front desk does: the
// caller taking it up ("oh a technician has to look? ok can i book that then") is handed back, not
// the part ordered again with "no technician" read as a count. And "the first one" to a refusal
// that listed a list's values ("What kind of visit? Ask: a tuning, a repair or an appraisal") is
// the first of them, not the first time offered earlier.
import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf, type Turn } from '../fixtures/decide.js';

const tuner = defineWorkflow({
  name: 'tuner',
  userData: z.object({}),
  start: 'front',
  agents: [
    { id: 'front', description: 'Answers and routes calls.', instructions: 'You route calls.', canEndCall: true },
    {
      id: 'parts',
      description: 'Orders spare parts for pianos.',
      instructions: 'You order parts, then hand the caller back.',
      returns: z.object({ done: z.boolean().describe('True when the part was ordered.') }),
      tools: {
        order_part: llm.tool({
          description: 'Order a spare part for the caller’s piano.',
          parameters: z.object({
            part: z.string().describe('The part, as the caller names it.'),
            quantity: z.number().int().min(1).describe('How many.'),
          }),
          execute: async () => 'Ordered.',
        }),
      },
    },
    {
      id: 'bookings',
      description: 'Books tuning and repair visits.',
      instructions: 'You book visits.',
      canEndCall: true,
      tools: {
        find_times: llm.tool({
          description: 'Find free visit times.',
          parameters: z.object({ day: z.string().optional().describe('The day asked for, if said.') }),
          execute: async () => 'Free times: Monday at 9 AM; Tuesday at 2 PM.',
        }),
        book_visit: llm.tool({
          description: 'Book a visit at one of the times find_times just offered.',
          parameters: z.object({
            time: z.string().describe('The offered time the caller chose.'),
            kind: z.enum(['tuning', 'repair', 'appraisal']).optional().describe('tuning, repair or appraisal.'),
          }),
          execute: async () => 'Booked.',
        }),
      },
    },
  ],
  edges: [
    { from: 'front', to: 'parts', mode: 'call', when: 'The caller wants to order a spare part.' },
    { from: 'front', to: 'bookings', when: 'The caller wants to book or move a tuning or repair visit.' },
  ],
});

describe('an offer of another desk’s work in a refusal', () => {
  const { toolCtx, instructions } = builtAgent(tuner, 'parts', 'front');
  const refused: Turn[] = [
    ['caller', 'i need to order two new hammers for my upright'],
    [
      'failed',
      'order_part',
      { part: 'hammers', quantity: 2 },
      'Hammers need a technician to look first: offer to book a tuning visit.',
    ],
    ['agent', 'Hammers need a technician to look first. I can book a tuning visit.'],
  ];

  it('is taken up back at the desk that does it', async () => {
    const d = await new DialoguePolicy().decide(
      chatOf(instructions, [...refused, ['caller', 'oh no technician came yet? ok can i book that then']]),
      toolCtx,
    );
    expect(d.toolCalls.map((c) => c.name)).toEqual(['return_to_previous_agent']);
  });

  it('is not taken up by asking for this desk’s own work', async () => {
    const d = await new DialoguePolicy().decide(
      chatOf(instructions, [...refused, ['caller', 'ok then order two dampers instead']]),
      toolCtx,
    );
    expect(d.toolCalls.map((c) => c.name)).not.toContain('return_to_previous_agent');
  });
});

describe('"the first one" to a refusal listing values', () => {
  it('is the first value listed, with the time already chosen', async () => {
    const { toolCtx, instructions } = builtAgent(tuner, 'bookings');
    const d = await new DialoguePolicy({ now: () => new Date('2026-03-05T10:00:00') }).decide(
      chatOf(instructions, [
        ['caller', 'can i book a visit, soonest you have'],
        ['tool', 'find_times', {}, 'Free times: Monday at 9 AM; Tuesday at 2 PM.'],
        ['agent', 'Free times: Monday at 9 AM. Tuesday at 2 PM.'],
        ['caller', 'tuesday works'],
        [
          'failed',
          'book_visit',
          { time: 'Tuesday at 2 PM' },
          'What kind of visit is it? Ask: a tuning, a repair or an appraisal.',
        ],
        ['agent', 'What kind of visit is it? A tuning, a repair or an appraisal?'],
        ['caller', 'the first one'],
      ]),
      toolCtx,
    );
    expect(d.toolCalls).toEqual([{ name: 'book_visit', args: { time: 'Tuesday at 2 PM', kind: 'tuning' } }]);
  });
});
