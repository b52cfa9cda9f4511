// Routing from evidence beyond a transfer's own examples: what the target agent's tools handle
// (their descriptions and the values they list), and the default lexicon's word groups, which an
// app can extend. A bike shop and a hosting desk, worded apart from any app's examples.
import { llm } from '@livekit/agents';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { builtAgent } from '../fixtures/decide.js';
import { DialoguePolicy } from '../dialogue_policy.js';

const bikeShop = defineWorkflow({
  name: 'bike-shop',
  userData: z.object({}),
  start: 'front',
  agents: [
    {
      id: 'front',
      description: 'Front desk.',
      instructions: 'You answer the phone for Spoke & Chain.',
      canEndCall: true,
    },
    {
      id: 'workshop',
      description: 'Books bikes in for repair.',
      instructions: 'You are the workshop.',
      canEndCall: true,
      tools: {
        book_repair: llm.tool({
          description: 'Book a bike in for a repair job.',
          parameters: z.object({
            job: z.enum(['puncture', 'brake service', 'gear tune', 'new chain']).describe('The job to do.'),
          }),
          execute: async () => 'Booked.',
        }),
      },
    },
    {
      id: 'rentals',
      description: 'Hires out bikes by the day.',
      instructions: 'You are the rentals desk.',
      canEndCall: true,
      tools: {
        hire_bike: llm.tool({
          description: 'Reserve a hire bike for a day.',
          parameters: z.object({ model: z.enum(['tandem', 'cargo bike', 'folding bike']).describe('Which bike.') }),
          execute: async () => 'Reserved.',
        }),
      },
    },
  ],
  edges: [
    { from: 'front', to: 'workshop', when: 'The caller needs a repair.' },
    { from: 'front', to: 'rentals', when: 'The caller wants to hire a bike.' },
  ],
});

const hosting = defineWorkflow({
  name: 'hosting',
  userData: z.object({}),
  start: 'desk',
  agents: [
    { id: 'desk', description: 'Front desk.', instructions: 'You answer the phone for a web host.', canEndCall: true },
    { id: 'support', description: 'Fixes outages.', instructions: 'You are support.', canEndCall: true },
    { id: 'accounts', description: 'Money.', instructions: 'You are accounts.', canEndCall: true },
    { id: 'pets', description: 'Pet care.', instructions: 'You are the pet desk.', canEndCall: true },
  ],
  edges: [
    { from: 'desk', to: 'support', when: 'The database or the dashboard is down or slow.' },
    { from: 'desk', to: 'accounts', when: 'Invoices and payments.' },
    { from: 'desk', to: 'pets', when: 'Questions about cats.' },
  ],
});

// A charge is money taken, a price what something costs: the two words route apart.
const gym = defineWorkflow({
  name: 'gym',
  userData: z.object({}),
  start: 'reception',
  agents: [
    { id: 'reception', description: 'Reception.', instructions: 'You answer the phone for a gym.', canEndCall: true },
    { id: 'accounts', description: 'Membership payments.', instructions: 'You are accounts.', canEndCall: true },
    { id: 'joining', description: 'New members.', instructions: 'You sign up members.', canEndCall: true },
  ],
  edges: [
    { from: 'reception', to: 'accounts', when: 'A question about a charge or a payment on a membership.' },
    { from: 'reception', to: 'joining', when: 'Someone wants to join or asks what the memberships cost.' },
  ],
});

const policy = new DialoguePolicy({ now: () => new Date('2026-03-05T10:00:00') });
const tools = new Map<string, llm.ToolContext>();

beforeAll(() => {
  for (const [wf, id] of [
    [bikeShop, 'front'],
    [hosting, 'desk'],
    [gym, 'reception'],
  ] as const) {
    tools.set(id, builtAgent(wf, id).toolCtx);
  }
});

async function decide(agent: string, said: string, p = policy) {
  const ctx = llm.ChatContext.empty();
  ctx.addMessage({ role: 'system', content: 'Answer the phone.' });
  ctx.addMessage({ role: 'user', content: said });
  const d = await p.decide(ctx, tools.get(agent));
  return d.toolCalls.map((c) => c.name);
}

describe("routing by what the target agent's tools handle", () => {
  it('sends a value only one target lists to that target', async () => {
    expect(await decide('front', 'hiya, the tandem for saturday if you still have it')).toEqual([
      'transfer_to_rentals',
    ]);
    expect(await decide('front', 'I think I need a new chain, it keeps slipping')).toEqual(['transfer_to_workshop']);
  });

  it('does not route small talk or a bare question word', async () => {
    expect(await decide('front', 'what is the weather doing')).toEqual([]);
    expect(await decide('front', 'er, what')).toEqual([]);
  });
});

describe('default lexicon word groups', () => {
  it('reads everyday synonyms of the words a transfer names', async () => {
    expect(await decide('desk', 'the db is crawling this morning')).toEqual(['transfer_to_support']);
    expect(await decide('desk', 'our admin console keeps timing out')).toEqual(['transfer_to_support']);
  });

  it('keeps a charge on a card apart from what something costs', async () => {
    expect(await decide('reception', 'I saw a charge from you on my card')).toEqual(['transfer_to_accounts']);
    expect(await decide('reception', "what's the cheapest way to join?")).toEqual(['transfer_to_joining']);
    expect(await decide('reception', 'how is the family membership priced')).toEqual(['transfer_to_joining']);
  });

  it('takes word groups an app adds through PolicyOptions.lexicon', async () => {
    expect(await decide('desk', 'my moggy needs a sitter')).toEqual([]);
    const extended = new DialoguePolicy({ lexicon: { wordGroups: [['cats', 'moggy', 'kitty', 'kitten']] } });
    expect(await decide('desk', 'my moggy needs a sitter', extended)).toEqual(['transfer_to_pets']);
  });
});
