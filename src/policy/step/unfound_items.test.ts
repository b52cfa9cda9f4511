// Items named in one breath with a thing the tool's list does not have: the listed ones go in with
// their own counts, and the caller hears what was not found. A made-up farm shop.
import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf } from '../fixtures/decide.js';
import { ownThing } from './several_items.js';

const shop = defineWorkflow({
  name: 'farm-shop',
  userData: z.object({}),
  start: 'orders',
  agents: [
    {
      id: 'orders',
      description: 'Takes box orders.',
      instructions: 'You take orders for the farm boxes.',
      canEndCall: true,
      tools: {
        add_box: llm.tool({
          description: 'Add farm boxes to the order.',
          parameters: z.object({
            box: z.enum(['veg', 'fruit', 'dairy']).describe('The box: veg, fruit or dairy.'),
            count: z.number().int().describe('How many boxes.'),
          }),
          execute: async () => 'Added.',
        }),
      },
    },
  ],
  edges: [],
});

const policy = new DialoguePolicy({ now: () => new Date('2026-03-05T10:00:00') });
const agent = builtAgent(shop, 'orders');
const decide = (line: string) => policy.decide(chatOf(agent.instructions, [['user', line]]), agent.toolCtx);

describe('a thing the list does not have, named with listed items', () => {
  it('adds the listed item with its own count and says what was not found', async () => {
    const d = await decide('can I get a fruit box and two loaves of bread');
    expect(d.toolCalls.map((c) => [c.name, c.args])).toEqual([['add_box', { box: 'fruit', count: 1 }]]);
    expect(d.content).toMatch(/couldn't find loaves of bread/);
  });

  it('keeps a count said after the item with it ("three of those")', async () => {
    const d = await decide('a dairy box, three of those please');
    expect(d.toolCalls.map((c) => (c.args as { count?: number }).count)).toEqual([3]);
    expect(d.content).not.toMatch(/couldn't find/);
  });
});

describe('ownThing', () => {
  it('reads the thing after a count, not words that name none', () => {
    expect(ownThing('two cokes')).toBe('cokes');
    expect(ownThing('a large coke please')).toBe('coke');
    expect(ownThing('a side of fries')).toBe('side of fries');
    expect(ownThing('two of those')).toBeUndefined();
    expect(ownThing('one more')).toBeUndefined();
    expect(ownThing('three for the kids')).toBeUndefined();
  });
});
