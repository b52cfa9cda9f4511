// "could you check a booking for me" at the desk for orders already made: find_order's words explain
// the whole line, while the network latched onto "order", which the new-orders desk's examples use
// as a verb. A tool that explains every word keeps the network's vote from one that explains under
// half. A theatre box office, worded apart from any app's examples.
import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { builtAgent } from '../fixtures/decide.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { votesToWholeCover } from '../intent_classifier.js';

const code = z.string().describe('The order code, like TB-2201.');
const theatre = defineWorkflow({
  name: 'theatre',
  userData: z.object({}),
  start: 'my_tickets',
  agents: [
    {
      id: 'my_tickets',
      description: 'Looks up a booking the caller already has, swaps its seats or refunds it.',
      instructions: 'You look after orders already made.',
      canEndCall: true,
      tools: {
        find_booking: llm.tool({
          description: 'Look up a booking by its code and surname, and say its show, date and seats.',
          parameters: z.object({ code, surname: z.string() }),
          execute: async () => 'Found.',
        }),
        swap_seats: llm.tool({
          description: 'Move a booking to other seats for the same show.',
          parameters: z.object({ code, row: z.string() }),
          execute: async () => 'Swapped.',
        }),
        refund_order: llm.tool({
          description: 'Cancel a booking and refund it up to a day before the show.',
          parameters: z.object({ code }),
          execute: async () => 'Refunded.',
        }),
      },
      examples: {
        find_booking: [
          'can you check my order TB-2201, surname Ames',
          'which seats did I get',
          'I just want to confirm my order',
        ],
        swap_seats: [
          'can we sit further forward',
          'I would like seats on the aisle instead',
          'move my booking to the balcony',
        ],
        refund_order: ['I need a refund for my tickets', 'please cancel my booking TB-2201', 'yes, cancel it anyway'],
      },
    },
    {
      id: 'box_office',
      description: 'Sells tickets for the shows.',
      instructions: 'You sell tickets.',
      canEndCall: true,
    },
  ],
  edges: [
    {
      from: 'my_tickets',
      to: 'box_office',
      when: 'The caller wants a new, separate booking.',
      examples: [
        'I also want to order more tickets',
        'can I make a new purchase',
        'then I will order for another night',
      ],
    },
  ],
});

async function decide(said: string) {
  const ctx = llm.ChatContext.empty();
  ctx.addMessage({ role: 'system', content: 'Answer the phone.' });
  ctx.addMessage({ role: 'user', content: said });
  const d = await new DialoguePolicy().decide(ctx, builtAgent(theatre, 'my_tickets').toolCtx);
  return d.toolCalls.map((c) => c.name);
}

describe('a tool whose words explain the whole line', () => {
  it('takes the network vote of an intent that explains under half of it', () => {
    const votes = [
      { intent: 'transfer_to_box_office', score: 0.95 },
      { intent: 'find_booking', score: 0.05 },
    ];
    const lexical = new Map([
      ['find_booking', 1],
      ['transfer_to_box_office', 0.31],
      ['refund_order', 0.31],
    ]);
    expect(votesToWholeCover(votes, lexical)).toEqual([{ intent: 'find_booking', score: 1 }]);
    // Two whole covers, or a rival explaining half the line: the network still tells them apart.
    expect(votesToWholeCover(votes, new Map([...lexical, ['transfer_to_box_office', 1]]))).toEqual(votes);
    expect(votesToWholeCover(votes, new Map([...lexical, ['transfer_to_box_office', 0.6]]))).toEqual(votes);
  });

  it('keeps it from a transfer the network latched onto one word of', async () => {
    expect(await decide('hi yes could you check a booking for me')).not.toContain('transfer_to_box_office');
  });

  it('leaves a line the transfer explains to the transfer', async () => {
    expect(await decide('I also want to book more tickets for Friday')).toEqual(['transfer_to_box_office']);
  });
});
