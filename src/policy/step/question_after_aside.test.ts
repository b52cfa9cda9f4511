// A question said after a reaction or an aside, with no question mark ("cool, and how much is …",
// "thanks, and separately, we might…, what does … include", "hi, quick question, does …, my son
// …"), on a made-up tool hire shop. Before, only a line starting with its question counted as
// one: at a desk reached by a call, another desk's question after work done here needed two of
// that desk's words ("Sorry, I didn't catch that"). The front-desk case guards that such a
// question still goes to the desk that answers about products, not the one that takes orders.
import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isQuestion } from '../cues.js';
import { defineWorkflow } from '../../workflow/index.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf, type Turn } from '../fixtures/decide.js';

const Outcome = z.object({
  resolved: z.boolean().describe('True when the caller got what they needed.'),
  summary: z.string().describe('One line on what was done.'),
});

const shop = defineWorkflow({
  name: 'tool-hire',
  userData: z.object({}),
  start: 'front_desk',
  agents: [
    {
      id: 'front_desk',
      description: 'Answers the tool hire phone and sends the caller to the right desk.',
      instructions: 'Work out whether the caller needs hire prices, a repair, or something about a product.',
      canEndCall: true,
    },
    {
      id: 'hire_desk',
      description: 'Quotes hire prices.',
      instructions: 'You quote what hiring a machine costs.',
      returns: Outcome,
      tools: {
        hire_price: llm.tool({
          description: 'Say what hiring a machine costs per day.',
          parameters: z.object({ machine: z.enum(['mixer', 'sander', 'saw']).describe('mixer, sander or saw.') }),
          execute: async () => 'The saw is $40 a day.',
        }),
      },
      examples: { hire_price: ['how much is the saw per day', 'what does the sander cost'] },
    },
    {
      id: 'repairs',
      description: 'Books a repair for a machine the caller owns.',
      instructions: 'You book repairs.',
      returns: Outcome,
      tools: {
        book_repair: llm.tool({
          description: 'Book a repair for a broken machine.',
          parameters: z.object({ fault: z.string().describe('What is wrong with it, in the caller’s words.') }),
          execute: async () => 'Repair R-12 booked for Tuesday.',
        }),
      },
      examples: { book_repair: ['my drill is broken', 'the motor on my mixer burnt out'] },
    },
    {
      id: 'orders',
      description: 'Takes orders for products to buy.',
      instructions: 'You take orders.',
      returns: Outcome,
      tools: {
        add_item: llm.tool({
          description: 'Add a product to the order.',
          parameters: z.object({
            item: z
              .enum(['floor varnish', 'wood glue', 'sandpaper'])
              .describe('floor varnish, wood glue or sandpaper.'),
            quantity: z.number().describe('How many.'),
          }),
          execute: async () => 'Added.',
        }),
      },
    },
    {
      id: 'product_info',
      description: 'Answers questions about a product: materials, safety, what is in it.',
      instructions: 'You look products up.',
      returns: Outcome,
      tools: {
        product_lookup: llm.tool({
          description: 'Look up a product: what it is made of, safety notes, contents.',
          parameters: z.object({ query: z.string().describe('The product or question, in the caller’s words.') }),
          execute: async () => 'The floor varnish contains solvents.',
        }),
      },
    },
  ],
  edges: [
    {
      from: 'front_desk',
      to: 'hire_desk',
      mode: 'call',
      when: 'The caller wants to hire a machine or know what hiring costs.',
      examples: ['how much to hire a mixer', 'I want to hire a sander'],
    },
    {
      from: 'front_desk',
      to: 'repairs',
      mode: 'call',
      when: 'Something the caller owns is broken.',
      examples: ['my drill is broken'],
    },
    {
      from: 'front_desk',
      to: 'orders',
      mode: 'call',
      when: 'The caller wants to buy something.',
      examples: ['I want to order some glue'],
    },
    {
      from: 'front_desk',
      to: 'product_info',
      mode: 'call',
      when: 'A question about a product: safety, materials, contents.',
      examples: ['is this varnish safe indoors', 'what is this glue made of'],
    },
  ],
});

const policy = new DialoguePolicy({ now: () => new Date('2026-03-04T10:00:00') });
const decide = async (agent: string, turns: Turn[]) => {
  const { toolCtx, instructions } = builtAgent(shop, agent, agent === 'front_desk' ? undefined : 'front_desk');
  return (await policy.decide(chatOf(instructions, turns), toolCtx)).toolCalls.map((c) => c.name);
};
const afterRepair = (line: string): Turn[] => [
  ['caller', 'my drill is broken'],
  ['tool', 'book_repair', { fault: 'drill is broken' }, 'Repair R-12 booked for Tuesday.'],
  ['agent', 'Repair R-12 booked for Tuesday.'],
  ['caller', line],
];

describe('a question after a reaction or an aside', () => {
  it('is a question when a clause after a comma starts like one', () => {
    expect(isQuestion('cool, and how much is hiring the saw')).toBe(true);
    expect(isQuestion('thanks, and separately, we might hire one, what does the saw cost')).toBe(true);
    expect(isQuestion('hi, quick question, does the varnish smell, my son has asthma')).toBe(true);
    expect(isQuestion('my drill is broken, the motor burnt out')).toBe(false);
  });

  it('goes back for another desk’s work after work done here', async () => {
    expect(await decide('repairs', afterRepair('cool, and how much is hiring the saw'))).toEqual([
      'return_to_previous_agent',
    ]);
    expect(
      await decide('repairs', afterRepair('thanks, and separately, we might hire one, what does hiring the saw cost')),
    ).toEqual(['return_to_previous_agent']);
  });

  it('still goes to the desk that answers about products, from the front desk', async () => {
    expect(
      await decide('front_desk', [
        ['agent', 'How can I help?'],
        ['caller', 'hi, quick question, does the floor varnish smell, my son has asthma'],
      ]),
    ).toEqual(['transfer_to_product_info']);
  });
});

describe('a request after a comma', () => {
  it('is no question when it asks to do something or what to do', () => {
    expect(isQuestion('hi, the sander is jammed, can i bring it in saturday')).toBe(false);
    expect(isQuestion('so my dog chewed the hire saw cable, what do i do')).toBe(false);
  });
});
