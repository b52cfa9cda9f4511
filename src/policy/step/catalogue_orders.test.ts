// Ordering from a catalogue on a made-up seed shop: a counter that adds and removes packets, a
// catalogue desk that only answers questions about the seeds, and a front desk that routes.
import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow, guard } from '../../workflow/index.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf, type Turn } from '../fixtures/decide.js';
import { entryTag } from '../../workflow/tool_meta.js';

const seed = z
  .enum(['basil', 'chive', 'dill', 'fennel'])
  .describe('The seed packet: basil (sweet basil), chive (garlic chives), dill, fennel (bronze fennel).');

const findSeeds = llm.tool({
  description: 'Look up seeds by name, season or growing need (shade, sun, indoors), with prices.',
  parameters: z.object({ question: z.string().describe('The caller’s question about the seeds.') }),
  execute: async () => 'Found.',
});

const Basket = z.object({ basket: z.array(z.string()).default([]) });
const basketNotEmpty = guard<z.infer<typeof Basket>>(
  'basket has packets',
  (u) => u.basket.length > 0,
  'The basket is empty. Ask what the caller would like, and add it with add_packet first.',
);

const shop = defineWorkflow({
  name: 'seed_shop',
  userData: Basket,
  start: 'front',
  agents: [
    {
      id: 'front',
      description: 'Greets callers.',
      instructions: 'You answer the phone at the seed shop.',
      tools: {},
    },
    {
      id: 'catalogue',
      description: 'Answers questions about the seeds.',
      instructions: 'You know the seeds.',
      tools: { find_seeds: findSeeds },
    },
    {
      id: 'counter',
      description: 'Takes seed orders.',
      instructions: 'You take seed orders.',
      tools: {
        add_packet: llm.tool({
          description: 'Put seed packets in the basket.',
          parameters: z.object({ seed, quantity: z.number().int().describe('How many packets.') }),
          execute: async () => 'Added.',
        }),
        remove_packet: llm.tool({
          description: 'Take seed packets out of the basket.',
          parameters: z.object({ seed }),
          execute: async () => 'Removed.',
        }),
        find_seeds: findSeeds,
      },
      examples: {
        add_packet: ['I would like to order some seeds', 'put two in the basket'],
        remove_packet: ['take the dill out', 'no fennel after all'],
      },
    },
    {
      id: 'checkout',
      description: 'Takes payment.',
      instructions: 'You take payment for the basket.',
      canEndCall: true,
      tools: {
        pay_by_card: llm.tool({
          description: 'Charge the basket to a card.',
          parameters: z.object({}),
          execute: async () => 'Paid.',
        }),
      },
    },
  ],
  edges: [
    { from: 'counter', to: 'checkout', when: 'The caller has everything they want.', requires: basketNotEmpty },
    { from: 'front', to: 'catalogue', when: 'The caller has a question about the seeds.' },
    { from: 'front', to: 'counter', when: 'The caller wants to order.' },
    { from: 'catalogue', to: 'counter', when: 'The caller is ready to order.' },
  ],
});

const policy = new DialoguePolicy();
function at(agent: string, turns: readonly Turn[]) {
  const { toolCtx, instructions } = builtAgent(shop, agent);
  return policy.decide(chatOf(instructions, turns), toolCtx);
}

/** The agent just took the call over from another; `turns` are the call so far. */
function entering(agent: string, from: string, turns: readonly Turn[]) {
  const { toolCtx, instructions } = builtAgent(shop, agent);
  const ctx = chatOf(`${instructions}\n${entryTag(agent, from)} Ask what they would like.`, turns);
  return policy.decide(ctx, toolCtx);
}

describe('the order that brought the caller to the counter', () => {
  it('is taken on arrival: an item and how many, with no request words', async () => {
    const three = await entering('counter', 'front', [
      ['agent', 'Seed shop, hello!'],
      ['caller', 'hiya, gonna get three sweet basil for the garden'],
    ]);
    expect(three.toolCalls).toEqual([{ name: 'add_packet', args: { seed: 'basil', quantity: 3 } }]);
    const dozen = await entering('counter', 'front', [
      ['agent', 'Seed shop, hello!'],
      ['caller', 'hi, I need a dozen garlic chives'],
    ]);
    expect(dozen.toolCalls).toEqual([{ name: 'add_packet', args: { seed: 'chive', quantity: 12 } }]);
  });

  it('is taken on arrival: an item with ordering words goes in, not out, though both tools take it', async () => {
    const d = await entering('counter', 'front', [
      ['agent', 'Seed shop, hello!'],
      ['caller', "hey it's Ola, I wanna order a bronze fennel"],
    ]);
    expect(d.toolCalls).toEqual([{ name: 'add_packet', args: { seed: 'fennel', quantity: 1 } }]);
  });

  it('a question about an item is not an order for it: it is looked up', async () => {
    const d = await entering('counter', 'front', [
      ['agent', 'Seed shop, hello!'],
      ['caller', 'before I order, does the dill grow indoors?'],
    ]);
    expect(d.toolCalls.map((c) => c.name)).toEqual(['find_seeds']);
  });
});

describe('which way an item goes', () => {
  it('ordering words put it in; taking-out words take it out', async () => {
    const inn = await at('counter', [['caller', 'could I get a sweet basil please']]);
    expect(inn.toolCalls).toEqual([{ name: 'add_packet', args: { seed: 'basil', quantity: 1 } }]);
    const out = await at('counter', [['caller', "actually I don't want the basil"]]);
    expect(out.toolCalls).toEqual([{ name: 'remove_packet', args: { seed: 'basil' } }]);
  });

  it('a plural of a listed name names the item', async () => {
    const d = await at('counter', [['caller', 'three garlic chives please']]);
    expect(d.toolCalls).toEqual([{ name: 'add_packet', args: { seed: 'chive', quantity: 3 } }]);
  });
});

describe('several items in one breath', () => {
  it("a count before an item with no plural is that item's own count", async () => {
    const d = await at('counter', [['caller', 'two dill and a sweet basil']]);
    expect(d.toolCalls).toEqual([
      { name: 'add_packet', args: { seed: 'dill', quantity: 2 } },
      { name: 'add_packet', args: { seed: 'basil', quantity: 1 } },
    ]);
  });

  it('a count said after the item ("two of this") is the item\'s, not the article\'s one', async () => {
    const d = await at('counter', [['caller', 'i want the packet of dill, two of this, and one sweet basil']]);
    expect(d.toolCalls).toEqual([
      { name: 'add_packet', args: { seed: 'dill', quantity: 2 } },
      { name: 'add_packet', args: { seed: 'basil', quantity: 1 } },
    ]);
  });
});

describe('a question where nothing answers it', () => {
  it('goes to the desk that answers questions', async () => {
    const d = await at('front', [['caller', 'hi, what have you got that grows in the shade?']]);
    expect(d.toolCalls.map((c) => c.name)).toEqual(['transfer_to_catalogue']);
  });

  it('also when it names an item the order desk lists', async () => {
    const d = await at('front', [['caller', 'does the bronze fennel come back every year?']]);
    expect(d.toolCalls.map((c) => c.name)).toEqual(['transfer_to_catalogue']);
  });
});

describe('ordering at the desk that only answers questions', () => {
  it('the question that brought the caller is looked up on arrival', async () => {
    const d = await entering('catalogue', 'front', [
      ['agent', 'Seed shop, hello!'],
      ['caller', 'which of your seeds grow well in shade?'],
    ]);
    expect(d.toolCalls).toEqual([
      { name: 'find_seeds', args: { question: 'Which of your seeds grow well in shade?' } },
    ]);
  });

  it('an order goes to the agent that takes orders', async () => {
    const d = await at('catalogue', [
      ['caller', 'how much is the bronze fennel?'],
      ['tool', 'find_seeds', { question: 'how much is the bronze fennel' }, 'Bronze fennel, $3.20 a packet.'],
      ['agent', 'Bronze fennel, $3.20 a packet.'],
      ['caller', "great, I'll take one of those"],
    ]);
    expect(d.toolCalls.map((c) => c.name)).toEqual(['transfer_to_counter']);
  });

  it('a question about an item stays with the desk', async () => {
    const d = await at('catalogue', [['caller', 'does the dill need much sun?']]);
    expect(d.toolCalls.map((c) => c.name)).not.toContain('transfer_to_counter');
  });

  it('"one of those" is the item talked about last, added on arrival', async () => {
    const d = await entering('counter', 'catalogue', [
      ['caller', 'what grows in the shade?'],
      ['tool', 'find_seeds', { question: 'what grows in the shade' }, 'Garlic chives, $2.80 a packet.'],
      ['agent', 'Garlic chives, $2.80 a packet.'],
      ['caller', "great, I'll take two of those"],
    ]);
    expect(d.toolCalls).toEqual([{ name: 'add_packet', args: { seed: 'chive', quantity: 2 } }]);
  });
});

describe('a pick from the items offered', () => {
  it('keeps the rest of the same breath: the count said with the pick', async () => {
    const d = await at('counter', [
      ['caller', 'I would like to order'],
      ['agent', 'Which seed is it: basil, chive, dill or fennel?'],
      ['caller', 'three dill please'],
    ]);
    expect(d.toolCalls).toEqual([{ name: 'add_packet', args: { seed: 'dill', quantity: 3 } }]);
  });
});
