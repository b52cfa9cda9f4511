// A made-up plant nursery: paying in person said in everyday words, being done said the British
// way, "one of each" confirming what went in, and an order said after a question at the desk that
// only answers questions ("only the fern? well, my wife will have the fern then").
import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow, guard } from '../../workflow/index.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf, type Turn } from '../fixtures/decide.js';
import { entryTag } from '../../workflow/tool_meta.js';
import { joinPhrases } from '../synonyms.js';
import { isGoodbye } from '../cues.js';
import { orders } from '../intent/catalogue.js';

const plant = z
  .enum(['fern', 'cactus', 'orchid', 'bonsai'])
  .describe('The plant: fern (boston fern), cactus, orchid (moth orchid), bonsai.');
const askGardener = llm.tool({
  description: 'Look up plants by name, light or care, with prices.',
  parameters: z.object({ question: z.string().describe('The caller’s question about the plants.') }),
  execute: async () => 'Found.',
});
const Trolley = z.object({ trolley: z.array(z.string()).default([]) });
const trolleyNotEmpty = guard<z.infer<typeof Trolley>>(
  'trolley has plants',
  (u) => u.trolley.length > 0,
  'The trolley is empty. Ask what the caller would like, and add it with add_plant first.',
);

const nursery = defineWorkflow({
  name: 'nursery',
  userData: Trolley,
  start: 'front',
  agents: [
    { id: 'front', description: 'Greets callers.', instructions: 'You answer the phone at the nursery.', tools: {} },
    {
      id: 'info',
      description: 'Answers questions about the plants.',
      instructions: 'You know the plants.',
      tools: { ask_gardener: askGardener },
    },
    {
      id: 'counter',
      description: 'Takes plant orders.',
      instructions: 'You take plant orders.',
      tools: {
        add_plant: llm.tool({
          description: 'Add plants to the trolley.',
          parameters: z.object({ plant, quantity: z.number().int().describe('How many plants.') }),
          execute: async () => 'Added.',
        }),
        remove_plant: llm.tool({
          description: 'Take a plant off the trolley.',
          parameters: z.object({ plant }),
          execute: async () => 'Removed.',
        }),
        ask_gardener: askGardener,
      },
      examples: {
        add_plant: ['I would like a fern', 'add two orchids', 'can I get a bonsai'],
        remove_plant: ['take the fern off', 'no cactus after all'],
      },
    },
    {
      id: 'till',
      description: 'Arranges payment.',
      instructions: 'You arrange payment.',
      tools: {
        pay_at_pickup: llm.tool({
          description: 'The caller pays at pickup.',
          parameters: z.object({}),
          execute: async () => 'Fine.',
        }),
        text_pay_link: llm.tool({
          description: 'Text a payment link to the caller’s phone.',
          parameters: z.object({ phone: z.string().describe('The caller’s mobile number.') }),
          execute: async () => 'Sent.',
        }),
      },
      examples: {
        pay_at_pickup: ['I will pay when I pick them up', 'cash at pickup', 'I will pay in the nursery'],
        text_pay_link: ['text me a link', 'pay by link please'],
      },
    },
  ],
  edges: [
    { from: 'front', to: 'info', when: 'The caller has a question about the plants.' },
    { from: 'front', to: 'counter', when: 'The caller wants to order.' },
    { from: 'info', to: 'counter', when: 'The caller is ready to order.' },
    {
      from: 'counter',
      to: 'till',
      when: 'The caller has everything they want.',
      requires: trolleyNotEmpty,
      examples: ['I am ready to pay', 'that is the whole order', 'how do I pay'],
    },
    {
      from: 'till',
      to: 'counter',
      when: 'The caller wants to change the order before paying.',
      examples: ['wait, I want to add something'],
    },
  ],
});

const policy = new DialoguePolicy();
function at(agent: string, turns: readonly Turn[]) {
  const { toolCtx, instructions } = builtAgent(nursery, agent);
  return policy.decide(chatOf(instructions, turns), toolCtx);
}
function entering(agent: string, from: string, turns: readonly Turn[]) {
  const { toolCtx, instructions } = builtAgent(nursery, agent);
  return policy.decide(chatOf(`${instructions}\n${entryTag(agent, from)} Ask what they would like.`, turns), toolCtx);
}
const names = async (d: Promise<{ toolCalls: { name: string }[] }>) => (await d).toolCalls.map((c) => c.name);
const ASKED: Turn[] = [['agent', 'Will you pay at pickup, or shall I text you a payment link?']];

describe('paying in person, in everyday words', () => {
  it.each([
    'pay at the counter',
    "I'll just pay when I come get them",
    "I'll settle up when I swing by",
    "I'll sort it when I pop in.",
    "I'll pay with cash when I come in.",
    "I'll pay at the shop",
    "um, I'll pay there",
  ])('"%s" is paying at pickup', async (line) => {
    expect(await names(at('till', [...ASKED, ['caller', line]]))).toEqual(['pay_at_pickup']);
  });

  it('only with a word about paying: coming in alone stays as said', () => {
    expect(joinPhrases('i can come in on tuesday')).toBe('i can come in on tuesday');
    expect(joinPhrases("i'll pay when i come in")).toContain('pickup');
    expect(joinPhrases('is there a card fee')).toBe('is there a card fee');
  });
});

const TWO_ADDED: Turn[] = [
  ['caller', 'could I get a fern and a cactus'],
  ['tool', 'add_plant', { plant: 'fern', quantity: 1 }, 'Added 1 fern. The trolley is now 1 fern.'],
  ['tool', 'add_plant', { plant: 'cactus', quantity: 1 }, 'Added 1 cactus. The trolley is now 1 fern, 1 cactus.'],
  ['agent', 'Added 1 fern and 1 cactus.'],
];

describe('done at the counter', () => {
  it('"one of each, ta" after one of each went in adds nothing', async () => {
    expect(await names(at('counter', [...TWO_ADDED, ['caller', 'Just one of each, ta.']]))).toEqual([]);
  });

  it('"that\'s the lot" moves on to paying', async () => {
    expect(await names(at('counter', [...TWO_ADDED, ['caller', "That's the lot."]]))).toEqual(['transfer_to_till']);
  });

  it('reads British and casual leave-taking as closings', () => {
    expect(isGoodbye("yeah that's it now, for real")).toBe(true);
    expect(isGoodbye('Brilliant, cheers, ta-ra.')).toBe(true);
    expect(isGoodbye('thanks, later')).toBe(true);
    expect(isGoodbye('I can come later')).toBe(false);
  });
});

describe('an order after a question, at the desk that answers questions', () => {
  const LINE = 'Only the fern? Oh dear. Well, my wife will have the fern then, and I will have a cactus.';

  it('is an order once a sentence of its own orders', () => {
    expect(orders(LINE)).toBe(true);
    expect(orders('before I order, does the fern need much light?')).toBe(false);
  });

  it('goes to the counter, which puts in each item ordered (not the one asked about)', async () => {
    expect(await names(at('info', [['caller', LINE]]))).toEqual(['transfer_to_counter']);
    const d = await entering('counter', 'info', [['caller', LINE]]);
    expect(d.toolCalls.map((c) => c.args)).toEqual([
      { plant: 'fern', quantity: 1 },
      { plant: 'cactus', quantity: 1 },
    ]);
  });

  it('"I\'ll go with the orchid then, and a bonsai": one of each', async () => {
    const d = await entering('counter', 'info', [['caller', "I'll go with the orchid then, and a bonsai."]]);
    expect(d.toolCalls.map((c) => c.args)).toEqual([
      { plant: 'orchid', quantity: 1 },
      { plant: 'bonsai', quantity: 1 },
    ]);
  });
});
