// A refused call tried again with what the caller says next, on a made-up boat hire: the value the
// refusal asked for given with another the tool takes ("reference b h four four one two, name maria
// okonjo": both go in), and another choice the refusal offered ("no kayak is free … offer canoe" →
// "fine, the canoe then, morning pickup": the same quote with the canoe and the time, the days
// kept).
import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf, type Turn } from '../fixtures/decide.js';

const hire = defineWorkflow({
  name: 'boat-hire-retries',
  userData: z.object({}),
  start: 'desk',
  agents: [
    {
      id: 'desk',
      description: 'Boat hire desk.',
      instructions: 'You quote boats and look after hires.',
      canEndCall: true,
      tools: {
        quote_boat: llm.tool({
          description: 'Quote a boat type for some days.',
          parameters: z.object({
            from_day: z.string().describe('The first day of the hire, as said ("Saturday").'),
            to_day: z.string().describe('The last day, or a length ("for two days").'),
            boat_type: z
              .enum(['kayak', 'canoe', 'paddleboard', 'other'])
              .describe('kayak, canoe, paddleboard or other.'),
            pick_up_time: z
              .enum(['morning', 'afternoon'])
              .optional()
              .describe('When the caller collects the boat: morning (9 AM) or afternoon (1 PM).'),
          }),
          execute: async () => 'Quoted.',
        }),
        cancel_hire: llm.tool({
          description: 'Cancel a boat hire by its reference, checked against the hirer’s surname.',
          parameters: z.object({
            reference: z.string().optional().describe('The hire reference, like "BH-4412".'),
            last_name: z.string().optional().describe('The surname of the hirer, to check it is theirs.'),
          }),
          execute: async () => 'Cancelled.',
        }),
      },
    },
  ],
  edges: [],
});

const policy = new DialoguePolicy({ now: () => new Date('2026-03-05T10:00:00') });
const decide = (lines: Turn[]) => policy.decide(chatOf('Help the caller.', lines), builtAgent(hire, 'desk').toolCtx);

describe('the value a refusal asked for, said with more', () => {
  it('keeps the surname said with the reference', async () => {
    const d = await decide([
      ['user', 'I need to cancel my boat hire'],
      ['failed', 'cancel_hire', {}, 'Ask for the hire reference: B H and four digits, like BH-4412.'],
      ['assistant', 'Could you give me the hire reference?'],
      ['user', 'reference b h four four one two, name maria okonjo'],
    ]);
    expect(d.toolCalls.map((c) => [c.name, c.args])).toEqual([
      ['cancel_hire', { reference: 'BH-4412', last_name: 'Okonjo' }],
    ]);
  });
});

describe('another choice a refusal offered', () => {
  const refused: Turn[] = [
    ['user', 'a kayak from saturday for two days please'],
    [
      'failed',
      'quote_boat',
      { from_day: 'saturday', to_day: 'for two days', boat_type: 'kayak' },
      'No kayak is free on Saturday. Offer canoe at $20 an hour, paddleboard at $15 an hour, or another day.',
    ],
    [
      'assistant',
      'No kayak is free on Saturday. I can offer canoe at $20 an hour, paddleboard at $15 an hour, or another day.',
    ],
  ];

  it('quotes it for the same day', async () => {
    const d = await decide([...refused, ['user', 'fine, the canoe then, morning pickup']]);
    expect(d.toolCalls.map((c) => [c.name, c.args])).toEqual([
      ['quote_boat', { from_day: 'saturday', to_day: 'for two days', boat_type: 'canoe', pick_up_time: 'morning' }],
    ]);
  });
});
