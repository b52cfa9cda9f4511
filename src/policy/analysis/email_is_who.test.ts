// "my email is sam@x.com" says who the caller is: the words "my email" are no request for a tool
// whose examples ask for a follow-up by email. A gardening shop's help line, made up.
import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { builtAgent } from '../fixtures/decide.js';
import { DialoguePolicy } from '../dialogue_policy.js';

const garden = defineWorkflow({
  name: 'garden',
  userData: z.object({}),
  start: 'help',
  agents: [
    {
      id: 'help',
      description: 'Help line.',
      instructions: 'You answer the phone for Green Thumb Supplies.',
      canEndCall: true,
      tools: {
        open_case: llm.tool({
          description: 'Open a case so the team follows up after the call.',
          parameters: z.object({ summary: z.string().describe('What the caller needs.') }),
          execute: async () => 'Opened.',
        }),
        find_account: llm.tool({
          description: 'Find the caller’s account.',
          parameters: z.object({
            full_name: z.string().describe('The account holder’s full name.'),
            email: z.string().describe('The email on the account.'),
          }),
          execute: async () => 'Found.',
        }),
      },
      examples: {
        open_case: ['I would like someone to follow up by email', 'can you open a case for me'],
        find_account: ['can you pull up my account', 'Sam Lee, sam.lee@example.com'],
      },
    },
  ],
  edges: [],
});

async function decide(said: string) {
  const ctx = llm.ChatContext.empty();
  ctx.addMessage({ role: 'system', content: 'Answer the phone.' });
  ctx.addMessage({ role: 'user', content: said });
  const d = await new DialoguePolicy().decide(ctx, builtAgent(garden, 'help').toolCtx);
  return d.toolCalls.map((c) => c.name);
}

describe('an email given', () => {
  it('is not a request for the tool whose examples mention email', async () => {
    expect(await decide('my email is sam.lee@example.com')).not.toContain('open_case');
  });

  it('still lets a follow-up by email be asked for', async () => {
    expect(await decide('could somebody follow up with me by email about the seeds')).toEqual(['open_case']);
  });
});
