// A request said before the desk asked who the caller is ("my bill went up and I don't get why",
// then a name and an email): once the lookup found them, the request is served without being asked
// again. A made-up vet clinic's accounts desk.
import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf, type Turn } from '../fixtures/decide.js';

const vet = defineWorkflow({
  name: 'vet-clinic',
  userData: z.object({}),
  start: 'accounts',
  agents: [
    {
      id: 'accounts',
      description: 'Pet owners’ accounts and bills.',
      instructions: 'You handle bills for the clinic.',
      canEndCall: true,
      tools: {
        find_owner: llm.tool({
          description: 'Find the pet owner’s account from their full name and email. Do this before discussing bills.',
          parameters: z.object({
            name: z.string().describe('The owner’s full name.'),
            email: z.string().describe('The email address on the account.'),
          }),
          execute: async () => 'Found Lena Kow, owner of Biscuit.',
        }),
        latest_bill: llm.tool({
          description: 'Read out the most recent bill for treatments, with its amount and what it covers.',
          parameters: z.object({}),
          execute: async () => 'The latest bill is $120 for vaccinations.',
        }),
        book_visit: llm.tool({
          description: 'Book a check-up visit for a pet.',
          parameters: z.object({ pet: z.string().describe('The pet’s name.') }),
          execute: async () => 'Booked.',
        }),
      },
    },
  ],
  edges: [],
});

const policy = new DialoguePolicy({ now: () => new Date('2026-03-05T10:00:00') });
const decide = (lines: Turn[]) => policy.decide(chatOf('Help the caller.', lines), builtAgent(vet, 'accounts').toolCtx);
const names = (d: { toolCalls: { name: string }[] }) => d.toolCalls.map((c) => c.name);

describe('the request said before the lookup', () => {
  it('is served once the lookup found the caller', async () => {
    const d = await decide([
      ['user', "hi, a question about my latest bill, it went up and I don't get why"],
      ['assistant', 'Could you give me the email address on the account, please?'],
      ['user', 'Lena Kow, lena.kow@example.com'],
      ['tool', 'find_owner', { name: 'Lena Kow', email: 'lena.kow@example.com' }, 'Found Lena Kow, owner of Biscuit.'],
    ]);
    expect(names(d)).toEqual(['latest_bill']);
  });

  it('not when the line before was no request', async () => {
    const d = await decide([
      ['user', 'hello there'],
      ['assistant', 'Could you give me the email address on the account, please?'],
      ['user', 'Lena Kow, lena.kow@example.com'],
      ['tool', 'find_owner', { name: 'Lena Kow', email: 'lena.kow@example.com' }, 'Found Lena Kow, owner of Biscuit.'],
    ]);
    expect(names(d)).toEqual([]);
  });

  // The details took two tries ("Lena Kow, lena.kow@example.com" refused, then another email):
  // the request before the first try is still what the caller wants, even wrapped in a greeting.
  it('is served after a refused try, read from its clause when greeting and name surround it', async () => {
    const d = await decide([
      ['user', "hello, lena kow, i'd like to hear my latest bill please, there's a charge i don't get"],
      ['assistant', 'Could you give me the email address on the account, please?'],
      ['user', 'lena.kow@example.com'],
      ['failed', 'find_owner', { name: 'Lena Kow', email: 'lena.kow@example.com' }, 'No owner matches those details.'],
      ['assistant', 'No owner matches those details. Could you check the email?'],
      ['user', 'oh right, use lena at kowfamily dot net'],
      ['tool', 'find_owner', { name: 'Lena Kow', email: 'lena@kowfamily.net' }, 'Found Lena Kow, owner of Biscuit.'],
    ]);
    expect(names(d)).toEqual(['latest_bill']);
  });
});
