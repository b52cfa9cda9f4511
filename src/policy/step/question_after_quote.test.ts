// A question after a quote that asks whether to go on ("… A $200 deposit is held on the card.
// Shall I reserve it?"): "okay and that deposit, is that taken on the card?" asks something; the
// "okay" is no go-ahead, so the reservation is not begun. A
// made-up van hire whose quote is a step before the reservation.
import { llm } from '@livekit/agents';
import { expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf, type Turn } from '../fixtures/decide.js';

const QUOTE =
  'A Transit van is free from Monday to Friday: 4 days at $60 a day, $240. A $200 deposit is held on the card at pick-up. Shall I reserve it?';

const vans = defineWorkflow({
  name: 'van-hire-quote',
  userData: z.object({}),
  start: 'vans',
  agents: [
    {
      id: 'vans',
      description: 'Quotes and reserves vans.',
      instructions:
        'Ask for the days and call quote_van; it gives the price and deposit. When the caller wants it, take the driver’s name and call reserve_van.',
      canEndCall: true,
      steps: ['quote_van'],
      tools: {
        quote_van: llm.tool({
          description: 'Quote a van for the caller’s days: price and deposit.',
          parameters: z.object({
            from_day: z.string().describe('The first day, as said.'),
            to_day: z.string().describe('The last day, as said.'),
          }),
          execute: async () => QUOTE,
        }),
        reserve_van: llm.tool({
          description: 'Reserve the quoted van for the driver.',
          parameters: z.object({ driver_name: z.string().describe('The driver’s full name.') }),
          execute: async () => 'Reserved.',
        }),
      },
      examples: {
        quote_van: [
          'how much is a van from monday to friday',
          'I need a van next week',
          'what deposit do you take on the card',
          'how much is it when I pick up the van',
        ],
        reserve_van: ['yes reserve it', 'book it for Sam Lee'],
      },
    },
  ],
  edges: [],
});

const policy = new DialoguePolicy({ now: () => new Date('2026-03-05T10:00:00') });
const decide = (lines: Turn[]) => policy.decide(chatOf('Help the caller.', lines), builtAgent(vans, 'vans').toolCtx);

it('reserves nothing on an "okay" that opens a question about the quote', async () => {
  const d = await decide([
    ['user', 'how much is a van from monday to friday'],
    ['tool', 'quote_van', { from_day: 'monday', to_day: 'friday' }, QUOTE],
    ['assistant', QUOTE],
    ['user', 'okay and that deposit, is that taken on the card when i pick up?'],
  ]);
  expect(d.toolCalls.map((c) => c.name)).not.toContain('reserve_van');
  // Nor the reservation begun: its details are not asked for.
  expect(d.content).not.toMatch(/name/i);
});
