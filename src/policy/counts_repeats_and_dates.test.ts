// Ordering and dates on a small bakery workflow (not the support desk, not a template): counts said
// before the thing counted, a second order line that is a new request, "that's everything" where
// the agent cannot hang up, and dates of birth and pickup days said in several ways.
import { llm } from '@livekit/agents';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../workflow/index.js';
import { DialoguePolicy } from './dialogue_policy.js';
import { builtAgent, chatOf, type Turn } from './fixtures/decide.js';
import { findCounts, prepareUtterance } from './slots/index.js';

const bakery = defineWorkflow({
  name: 'bakery',
  userData: z.object({ memberNumber: z.string().optional() }),
  start: 'counter',
  agents: [
    {
      id: 'counter',
      description: 'Takes the order.',
      instructions: 'You take bakery orders for collection. Add what the caller asks for.',
      tools: {
        add_item: llm.tool({
          description: 'Add baked goods to the order.',
          parameters: z.object({
            item: z.enum(['croissant', 'baguette', 'sourdough', 'eclair']).describe('What to add.'),
            quantity: z.number().int().describe('How many of them.'),
          }),
          execute: async () => 'Added.',
        }),
        set_pickup_day: llm.tool({
          description: 'Choose the day the order is collected.',
          parameters: z.object({
            pickup_day: z.string().describe('The day to collect the order, for example "2025-03-06".'),
          }),
          execute: async () => 'Pickup day set.',
        }),
      },
      examples: {
        add_item: [
          'I would like a croissant',
          'put a sourdough loaf on my order',
          'add an eclair please',
          'and a baguette',
        ],
        set_pickup_day: ['I will collect it on monday', 'can I pick it up later in the week'],
      },
    },
    {
      id: 'checkout',
      description: 'Takes payment.',
      instructions: 'You take payment for the order.',
      tools: {
        verify_member: llm.tool({
          description: 'Check a loyalty member by member number and date of birth.',
          parameters: z.object({
            member_number: z
              .string()
              .regex(/^BM-\d{4}$/)
              .describe('The member number, like BM-1234.'),
            date_of_birth: z.string().describe('The member’s date of birth, for example "1990-01-31".'),
          }),
          execute: async () => 'Member verified.',
        }),
      },
      examples: { verify_member: ['I have a loyalty card', 'check my membership please'] },
    },
  ],
  edges: [
    {
      from: 'counter',
      to: 'checkout',
      when: 'The caller has everything they want and is ready to pay.',
      examples: ['I would like to pay now', 'how do I pay for this'],
    },
    {
      from: 'checkout',
      to: 'counter',
      when: 'The caller wants to change the order before paying.',
      examples: ['wait, I want something else', 'can I change what I ordered'],
    },
  ],
});

const agents = new Map(['counter', 'checkout'].map((id) => [id, builtAgent(bakery, id)]));

function decide(policy: DialoguePolicy, turns: Turn[], agent = 'counter') {
  const { toolCtx, instructions } = agents.get(agent)!;
  return policy.decide(chatOf(instructions, turns), toolCtx);
}

const policy = new DialoguePolicy({ now: () => new Date('2025-03-05T10:00:00') });

describe('counts said before the thing counted', () => {
  it('fills the quantity from a number word or digits right before the item', async () => {
    expect((await decide(policy, [['caller', 'add two croissants']])).toolCalls).toEqual([
      { name: 'add_item', args: { item: 'croissant', quantity: 2 } },
    ]);
    expect((await decide(policy, [['caller', 'I want 3 eclairs']])).toolCalls).toEqual([
      { name: 'add_item', args: { item: 'eclair', quantity: 3 } },
    ]);
  });

  it('does not take a number before a measure or a clock word as a count', () => {
    const counts = (text: string) => findCounts(prepareUtterance(text)).map((f) => f.value);
    expect(counts('twenty five flyers and a dozen rolls')).toEqual([25, 12]);
    expect(counts('ready in 2 days, at 5 pm')).toEqual([]);
    expect(counts('my order is INV-2041')).toEqual([]);
  });
});

describe('a second request of the same tool', () => {
  const first: Turn[] = [
    ['caller', 'add two croissants'],
    ['tool', 'add_item', { item: 'croissant', quantity: 2 }, 'Added 2 croissants.'],
  ];

  it('takes its values from the new request, not from the call before', async () => {
    expect((await decide(policy, [...first, ['caller', 'and one sourdough']])).toolCalls).toEqual([
      { name: 'add_item', args: { item: 'sourdough', quantity: 1 } },
    ]);
  });

  it('asks for what the new request leaves out instead of copying it', async () => {
    // "some" says no number ("a baguette" would be one).
    const d = await decide(policy, [...first, ['caller', 'and add some baguettes too']]);
    expect(d.toolCalls).toEqual([]);
    expect(d.content).toMatch(/quantity/i);
    const answered = await decide(policy, [
      ...first,
      ['caller', 'and add some baguettes too'],
      ['agent', d.content],
      ['caller', 'four'],
    ]);
    expect(answered.toolCalls).toEqual([{ name: 'add_item', args: { item: 'baguette', quantity: 4 } }]);
  });
});

describe('"that is everything" where the agent cannot end the call', () => {
  it('moves on along the onward transfer instead of saying goodbye', async () => {
    const d = await decide(policy, [
      ['caller', 'add two croissants'],
      ['tool', 'add_item', { item: 'croissant', quantity: 2 }, 'Added 2 croissants.'],
      ['caller', 'that is everything'],
    ]);
    expect(d.toolCalls.map((c) => c.name)).toEqual(['transfer_to_checkout']);
    expect(d.content).not.toMatch(/goodbye/i);
  });

  it('checks with the caller when there is nowhere to move on to', async () => {
    const d = await decide(policy, [['caller', "that's all"]], 'checkout');
    expect(d.toolCalls).toEqual([]);
    expect(d.content).not.toMatch(/goodbye/i);
    expect(d.content).toMatch(/\?$/);
  });
});

describe('dates of birth', () => {
  const said = async (text: string, p = policy) =>
    (await decide(p, [['caller', text]], 'checkout')).toolCalls[0]?.args.date_of_birth;

  it('reads "my date of birth is July 12 1984" as well as "I was born on July 12, 1984"', async () => {
    expect(await said('member BM-1234 and my date of birth is July 12 1984')).toBe('1984-07-12');
    expect(await said('member BM-1234, I was born on July 12, 1984')).toBe('1984-07-12');
    expect(await said('BM-1234, date of birth 1984-07-12')).toBe('1984-07-12');
  });

  it('reads numeric dates month first by default, day first when configured', async () => {
    expect(await said('check my membership, BM-1234, DOB 12/07/1984')).toBe('1984-12-07');
    const dayFirst = new DialoguePolicy({ now: () => new Date('2025-03-05T10:00:00'), dateOrder: 'day-first' });
    expect(await said('check my membership, BM-1234, DOB 12/07/1984', dayFirst)).toBe('1984-07-12');
  });
});

describe('date-only values in a time zone west of UTC', () => {
  let saved: string | undefined;
  beforeAll(() => {
    saved = process.env.TZ;
    process.env.TZ = 'America/New_York';
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });

  it('gives the local calendar day for a late-evening time, not the UTC one', async () => {
    // 22:30 in New York is already the next day in UTC.
    const evening = new DialoguePolicy({ now: () => new Date(2025, 2, 5, 22, 30) });
    const d = await decide(evening, [['caller', 'I will collect it tomorrow at 9 pm']]);
    expect(d.toolCalls).toEqual([{ name: 'set_pickup_day', args: { pickup_day: '2025-03-06' } }]);
  });
});
