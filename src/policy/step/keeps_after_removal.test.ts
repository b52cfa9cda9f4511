// "yeah, just the croissant. done." right after the bagel came off a made-up bakery's order: it
// says what stays, so the croissant is not taken out next (a removal again needs removing words).
import { llm } from '@livekit/agents';
import { expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf, type Turn } from '../fixtures/decide.js';

const item = z.enum(['croissant', 'bagel', 'muffin']).describe('The pastry: croissant, bagel or muffin.');
const bakery = defineWorkflow({
  name: 'bakery-orders',
  userData: z.object({}),
  start: 'orders',
  agents: [
    {
      id: 'orders',
      description: 'Takes pastry orders for collection.',
      instructions: 'Add and remove pastries on the order.',
      canEndCall: true,
      tools: {
        add_item: llm.tool({
          description: 'Add a pastry to the order.',
          parameters: z.object({ item, quantity: z.number().int().min(1).describe('How many.') }),
          execute: async () => 'Added.',
        }),
        remove_item: llm.tool({
          description: 'Remove a pastry from the order.',
          parameters: z.object({ item }),
          execute: async () => 'Removed.',
        }),
      },
    },
  ],
  edges: [],
});

const policy = new DialoguePolicy({ now: () => new Date('2026-03-05T10:00:00') });
const agent = builtAgent(bakery, 'orders');
const decide = (lines: Turn[]) => policy.decide(chatOf(agent.instructions, lines), agent.toolCtx);

const removed: Turn[] = [
  ['user', 'hi, a croissant and a bagel please'],
  ['tool', 'add_item', { item: 'croissant', quantity: 1 }, 'Added 1 croissant. The order is now 1 croissant.'],
  ['tool', 'add_item', { item: 'bagel', quantity: 1 }, 'Added 1 bagel. The order is now 1 croissant, 1 bagel.'],
  ['assistant', 'Added 1 croissant and 1 bagel.'],
  ['user', 'actually, take off the bagel'],
  ['tool', 'remove_item', { item: 'bagel' }, 'Removed the bagel. The order is now 1 croissant.'],
  ['assistant', 'Removed the bagel. The order is now 1 croissant.'],
];

it('does not take out what the caller says stays', async () => {
  const d = await decide([...removed, ['user', 'yeah, just the croissant. done.']]);
  expect(d.toolCalls.map((c) => c.name)).not.toContain('remove_item');
});

it('still takes out another one said with removing words', async () => {
  const d = await decide([...removed, ['user', 'oh and take off the croissant too']]);
  expect(d.toolCalls.map((c) => [c.name, c.args])).toEqual([['remove_item', { item: 'croissant' }]]);
});
