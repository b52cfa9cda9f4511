// Acts of a caller ordering from a made-up bakery: done here and the next step said in one breath,
// confirming the count just put in, a pick from the loaves talked about at the desk that only
// answers questions, one of each of several items, and whom the order is for.
import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow, guard } from '../../workflow/index.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf, type Turn } from '../fixtures/decide.js';
import { entryTag } from '../../workflow/tool_meta.js';
import { findPersonName, prepareUtterance } from '../slots/index.js';

const loaf = z
  .enum(['rye', 'sourdough', 'spelt', 'brioche'])
  .describe('The loaf: rye (dark rye), sourdough (country sourdough), spelt, brioche.');

const askBaker = llm.tool({
  description: 'Look up loaves by name, grain or diet, with prices.',
  parameters: z.object({ question: z.string().describe('The caller’s question about the loaves.') }),
  execute: async () => 'Found.',
});

const Tray = z.object({ tray: z.array(z.string()).default([]) });
const trayNotEmpty = guard<z.infer<typeof Tray>>(
  'tray has loaves',
  (u) => u.tray.length > 0,
  'The tray is empty. Ask what the caller would like, and add it with add_loaf first.',
);

const bakery = defineWorkflow({
  name: 'bakery',
  userData: Tray,
  start: 'front',
  agents: [
    { id: 'front', description: 'Greets callers.', instructions: 'You answer the phone at the bakery.', tools: {} },
    {
      id: 'shelf',
      description: 'Answers questions about the loaves.',
      instructions: 'You know the loaves.',
      tools: { ask_baker: askBaker },
    },
    {
      id: 'counter',
      description: 'Takes loaf orders.',
      instructions: 'You take loaf orders.',
      tools: {
        add_loaf: llm.tool({
          description: 'Add loaves to the tray.',
          parameters: z.object({ loaf, quantity: z.number().int().describe('How many loaves.') }),
          execute: async () => 'Added.',
        }),
        remove_loaf: llm.tool({
          description: 'Take a loaf off the tray.',
          parameters: z.object({ loaf }),
          execute: async () => 'Removed.',
        }),
        ask_baker: askBaker,
      },
      examples: {
        add_loaf: ['I would like a rye', 'add two spelt', 'can I get a brioche'],
        remove_loaf: ['take the rye off', 'no brioche after all'],
      },
    },
    {
      id: 'till',
      description: 'Arranges payment.',
      instructions: 'You arrange payment.',
      tools: {
        pay_on_collection: llm.tool({
          description: 'The caller pays when they collect the loaves.',
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
        pay_on_collection: ['I will pay when I collect', 'cash on collection', 'I will pay in the shop'],
        text_pay_link: ['text me a link', 'pay by link please'],
      },
    },
  ],
  edges: [
    { from: 'front', to: 'shelf', when: 'The caller has a question about the loaves.' },
    { from: 'front', to: 'counter', when: 'The caller wants to order.' },
    { from: 'shelf', to: 'counter', when: 'The caller is ready to order.' },
    {
      from: 'counter',
      to: 'till',
      when: 'The caller has everything they want.',
      requires: trayNotEmpty,
      examples: ['I am ready to pay', 'how do I pay'],
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
  const { toolCtx, instructions } = builtAgent(bakery, agent);
  return policy.decide(chatOf(instructions, turns), toolCtx);
}
function entering(agent: string, from: string, turns: readonly Turn[]) {
  const { toolCtx, instructions } = builtAgent(bakery, agent);
  return policy.decide(chatOf(`${instructions}\n${entryTag(agent, from)} Ask what they would like.`, turns), toolCtx);
}

const ADDED: Turn[] = [
  ['caller', 'can I get two spelt'],
  ['tool', 'add_loaf', { loaf: 'spelt', quantity: 2 }, 'Added 2 spelt. The tray is now 2 spelt.'],
  ['agent', 'Added 2 spelt. The tray is now 2 spelt.'],
];

describe('done here, and the next step in the same breath', () => {
  it('moves on along the transfer for when the caller has everything', async () => {
    const d = await at('counter', [...ADDED, ['caller', "that's it. we'll pay when we collect"]]);
    expect(d.toolCalls.map((c) => c.name)).toEqual(['transfer_to_till']);
  });

  it('the next agent reads the request after the closing words', async () => {
    const d = await entering('till', 'counter', [...ADDED, ['caller', "done, that's all, pay on collection"]]);
    expect(d.toolCalls.map((c) => c.name)).toEqual(['pay_on_collection']);
  });

  it('"when I get there" orders nothing: no transfer back to the counter', async () => {
    const d = await at('till', [
      ['agent', 'Will you pay on collection or by a texted link?'],
      ['caller', "ok now that's everything. I'll pay on collection when I get there"],
    ]);
    expect(d.toolCalls.map((c) => c.name)).not.toContain('transfer_to_counter');
  });
});

describe('confirming the count just put in', () => {
  it('"just the two, thanks" adds nothing and asks nothing about which loaf', async () => {
    const d = await at('counter', [...ADDED, ['caller', 'just the two, thanks']]);
    expect(d.toolCalls).toEqual([]);
    expect(d.content).not.toMatch(/which/i);
  });

  it('"just the two, nothing else" moves on', async () => {
    const d = await at('counter', [...ADDED, ['caller', 'just the two, nothing else']]);
    expect(d.toolCalls.map((c) => c.name)).toEqual(['transfer_to_till']);
  });
});

describe('ordering where only questions are answered', () => {
  it('an item it lists and how many, with no ordering words, goes to the counter', async () => {
    const d = await at('shelf', [
      ['caller', 'what breads have you got'],
      [
        'tool',
        'ask_baker',
        { question: 'what breads have you got' },
        'Dark rye, country sourdough, spelt and brioche.',
      ],
      ['agent', 'Dark rye, country sourdough, spelt and brioche.'],
      ['caller', 'ok the dark rye then, just one'],
    ]);
    expect(d.toolCalls.map((c) => c.name)).toEqual(['transfer_to_counter']);
  });

  it('"one of each" of several items: one call each, one of every item', async () => {
    const d = await entering('counter', 'shelf', [
      ['caller', "nice, I'll take one of each of those then, the spelt and the brioche"],
    ]);
    expect(d.toolCalls).toEqual([
      { name: 'add_loaf', args: { loaf: 'spelt', quantity: 1 } },
      { name: 'add_loaf', args: { loaf: 'brioche', quantity: 1 } },
    ]);
  });
});

describe('whom the order is for', () => {
  it('"it\'s for Wendy", "put it under Sam" name the person', () => {
    expect(findPersonName(prepareUtterance("it's for Wendy"))).toBe('Wendy');
    expect(findPersonName(prepareUtterance('put it under Sam'))).toBe('Sam');
    expect(findPersonName(prepareUtterance("it's for pickup"))).toBeUndefined();
  });
});

describe('names said around other details', () => {
  it('a name after a time that ends a sentence ("the one pm. Priya Shah") is read', () => {
    expect(
      findPersonName(
        prepareUtterance('ok book the one pm. Priya Shah, four one five five five five zero one five five'),
      ),
    ).toBe('Priya Shah');
  });

  it('"last name is Romero. Alex Romero": the whole name said with it', () => {
    expect(findPersonName(prepareUtterance('oh, last name is Romero. Alex Romero'))).toBe('Alex Romero');
    expect(findPersonName(prepareUtterance('my last name is Romero'))).toBe('Romero');
  });
});

describe('swapping one item for another', () => {
  const TWO: Turn[] = [
    ['caller', 'two rye and a brioche please'],
    ['tool', 'add_loaf', { loaf: 'rye', quantity: 2 }, 'Added 2 rye.'],
    ['tool', 'add_loaf', { loaf: 'brioche', quantity: 1 }, 'Added 1 brioche.'],
    ['agent', 'Added 2 rye. Added 1 brioche.'],
  ];

  it('"swap the rye for spelt, still two": the rye out, two spelt in', async () => {
    const d = await at('counter', [...TWO, ['caller', 'no wait, swap the rye for spelt, still two']]);
    expect(d.toolCalls).toEqual([
      { name: 'remove_loaf', args: { loaf: 'rye' } },
      { name: 'add_loaf', args: { loaf: 'spelt', quantity: 2 } },
    ]);
  });

  it('"make that a sourdough instead" right after an item went in: that item out, as many in', async () => {
    const d = await at('counter', [...ADDED, ['caller', 'actually make that a sourdough instead']]);
    expect(d.toolCalls).toEqual([
      { name: 'remove_loaf', args: { loaf: 'spelt' } },
      { name: 'add_loaf', args: { loaf: 'sourdough', quantity: 1 } },
    ]);
  });

  it('"yeah that\'s right now, I\'m done" after the swap moves on', async () => {
    const d = await at('counter', [...ADDED, ['caller', "yeah that's right now, I'm done"]]);
    expect(d.toolCalls.map((c) => c.name)).toEqual(['transfer_to_till']);
  });
});
