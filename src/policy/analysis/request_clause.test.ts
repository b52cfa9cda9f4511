// The request said first, then the names and details it is about: "can you put the Stihl hedge
// trimmer on hold for me at Millbrook, member four eight two one, surname Okafor". The tool names,
// places and member details no desk knows dilute the request's words; the opening clause that
// asks ranks the desk on its own. A made-up tool library.
import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf } from '../fixtures/decide.js';

const desk = (id: string, description: string) => ({
  id,
  description,
  instructions: description,
  returns: z.object({ summary: z.string().describe('What was done.') }),
  tools: {
    [`${id}_tool`]: llm.tool({
      description,
      parameters: z.object({ detail: z.string().describe('What the caller asked for.') }),
      execute: async () => 'Done.',
    }),
  },
});

const toolLibrary = defineWorkflow({
  name: 'tool-library',
  userData: z.object({}),
  start: 'front',
  agents: [
    {
      id: 'front',
      description: 'Answers the phone.',
      instructions: 'Answer questions about opening hours with hours_info; send callers on.',
      canEndCall: true,
      tools: {
        hours_info: llm.tool({
          description: 'Answer a question about opening hours.',
          parameters: z.object({ question: z.string().describe('The question, in the caller’s words.') }),
          execute: async () => 'Open 9 to 5.',
        }),
      },
      examples: { hours_info: ['what time do you open', 'are you open on sunday'] },
    },
    desk('holds', 'Places holds on tools for pickup.'),
    desk('members', 'Looks after memberships: lost member cards, renewals.'),
  ],
  edges: [
    {
      from: 'front',
      to: 'holds',
      mode: 'call',
      when: 'The caller wants to put a tool on hold.',
      examples: ['can you put a drill on hold for me', 'I want to hold a ladder'],
    },
    {
      from: 'front',
      to: 'members',
      mode: 'call',
      when: 'The caller lost their member card or wants to renew their membership.',
      examples: ['I lost my member card', 'renew my membership'],
    },
  ],
});

const policy = new DialoguePolicy({ now: () => new Date('2026-03-05T10:00:00') });

describe('a request, then what it is about', () => {
  it('is ranked by the opening clause that asks', async () => {
    const d = await policy.decide(
      chatOf('Help the caller.', [
        [
          'user',
          'hi can you put the stihl hedge trimmer on hold for me at millbrook, member four eight two one, surname okafor',
        ],
      ]),
      builtAgent(toolLibrary, 'front').toolCtx,
    );
    expect(d.toolCalls.map((c) => c.name)).toEqual(['transfer_to_holds']);
  });
});
