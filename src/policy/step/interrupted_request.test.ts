// A request interrupted by another tool: the agent asked for a detail of one request, the caller
// gave the details of another tool instead (who they are), that tool ran, and the question that
// was open comes back — and the next answer fills it. A made-up lending library.
import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf, type Turn } from '../fixtures/decide.js';

const library = defineWorkflow({
  name: 'library',
  userData: z.object({ memberId: z.string().optional() }),
  start: 'desk',
  agents: [
    {
      id: 'desk',
      description: 'Lends books.',
      instructions: 'You are the lending desk.',
      canEndCall: true,
      tools: {
        find_member: llm.tool({
          description: 'Find the member from their full name and the email address on the card.',
          parameters: z.object({
            name: z.string().describe('The member’s full name.'),
            email: z.string().email().describe('The email address on the card.'),
          }),
          execute: async () => 'Found Ann Lee, card M-77.',
        }),
        renew_loan: llm.tool({
          description: 'Renew a book on loan for two more weeks.',
          parameters: z.object({
            loan_id: z
              .string()
              .regex(/^LN-\d{4}$/)
              .describe('The loan number, like LN-1234.'),
          }),
          execute: async () => 'Renewed until March 19.',
        }),
      },
      examples: { renew_loan: ['I want to renew a book', 'can I keep my book longer'] },
    },
  ],
  edges: [],
});

const policy = new DialoguePolicy({ now: () => new Date('2026-03-05T10:00:00') });
const decide = (lines: Turn[]) => policy.decide(chatOf('Help the caller.', lines), builtAgent(library, 'desk').toolCtx);

const interrupted: Turn[] = [
  ['user', 'I want to renew a book'],
  ['assistant', 'I can help with that. Could you tell me the loan number?'],
  ['user', "I'm Ann Lee, ann dot lee at example dot com"],
  ['tool', 'find_member', { name: 'Ann Lee', email: 'ann.lee@example.com' }, 'Found Ann Lee, card M-77.'],
];

describe('a request interrupted by another tool', () => {
  it('asks its open question again once the other tool has answered', async () => {
    const d = await decide(interrupted);
    expect(d.toolCalls).toEqual([]);
    expect(d.content).toMatch(/^Found Ann Lee, card M-77\. Could you tell me the loan (?:number|ID)\?/);
  });

  it('takes the next answer for it', async () => {
    const d = await decide([
      ...interrupted,
      ['assistant', 'Found Ann Lee, card M-77. Could you tell me the loan number?'],
      ['user', 'LN-2041'],
    ]);
    expect(d.toolCalls.map((c) => [c.name, c.args])).toEqual([['renew_loan', { loan_id: 'LN-2041' }]]);
  });

  it('does not come back once the caller says goodbye', async () => {
    const d = await decide([
      ['user', 'I want to renew a book'],
      ['assistant', 'I can help with that. Could you tell me the loan number?'],
      ['user', "I'm Ann Lee, ann dot lee at example dot com. actually never mind, bye"],
      ['tool', 'find_member', { name: 'Ann Lee', email: 'ann.lee@example.com' }, 'Found Ann Lee, card M-77.'],
    ]);
    expect(d.content).not.toMatch(/loan/);
  });
});
