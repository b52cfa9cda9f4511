// Two things in one breath across agents: the first part is a tool of this agent ("two pears"),
// a later part asks for the next step ("and I'm ready to pay"): after the tool answers, the policy
// takes the onward transfer, and only then. A made-up fruit stall.
import { llm } from '@livekit/agents';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { entryTag } from '../../workflow/tool_meta.js';
import { defineWorkflow } from '../../workflow/index.js';
import { builtAgent } from '../fixtures/decide.js';
import { DialoguePolicy } from '../dialogue_policy.js';

const stall = defineWorkflow({
  name: 'stall',
  userData: z.object({}),
  start: 'basket',
  agents: [
    {
      id: 'basket',
      description: 'Fills the basket.',
      instructions: 'You take the fruit order.',
      tools: {
        add_fruit: llm.tool({
          description: 'Add fruit to the basket.',
          parameters: z.object({
            fruit: z.enum(['apple', 'pear', 'plum']).describe('Which fruit.'),
            quantity: z.number().int().describe('How many.'),
          }),
          execute: async () => 'Added.',
        }),
      },
      examples: { add_fruit: ['three apples please', 'add a plum', 'and two pears'] },
    },
    {
      id: 'grower',
      description: 'Knows the orchard.',
      instructions: 'You answer questions about the orchard.',
      canEndCall: true,
    },
    {
      id: 'till',
      description: 'Takes the money.',
      instructions: 'You take payment.',
      canEndCall: true,
      tools: {
        pay_cash: llm.tool({
          description: 'Pay in cash at the stall.',
          parameters: z.object({}),
          execute: async () => 'Paid.',
        }),
      },
    },
  ],
  edges: [
    {
      from: 'basket',
      to: 'grower',
      when: 'The caller asks how the fruit is grown, sprayed or picked.',
      examples: ['is it organic', 'do you spray the trees', 'when was it picked'],
    },
    {
      from: 'basket',
      to: 'till',
      when: 'The caller is ready to pay.',
      examples: ['I am ready to pay', 'that is all, how do I pay', 'let me pay now'],
    },
  ],
});

let toolCtx: llm.ToolContext;
beforeAll(() => {
  toolCtx = builtAgent(stall, 'basket').toolCtx;
});

function afterAdding(said: string): llm.ChatContext {
  const ctx = llm.ChatContext.empty();
  ctx.addMessage({ role: 'system', content: 'You take the fruit order.' });
  ctx.addMessage({ role: 'assistant', content: 'What would you like?' });
  ctx.addMessage({ role: 'user', content: said });
  ctx.insert(llm.FunctionCall.create({ callId: 'c1', name: 'add_fruit', args: '{"fruit":"pear","quantity":2}' }));
  ctx.insert(
    llm.FunctionCallOutput.create({ callId: 'c1', name: 'add_fruit', output: 'Added 2 pears.', isError: false }),
  );
  return ctx;
}

describe('the next step asked for in the same breath', () => {
  it('takes the onward transfer a later part of the sentence asks for, after the tool answered', async () => {
    const d = await new DialoguePolicy().decide(afterAdding("two pears, and I'm ready to pay now"), toolCtx);
    expect(d.content).toBe('Added 2 pears.');
    expect(d.toolCalls.map((c) => c.name)).toEqual(['transfer_to_till']);
  });

  it('does not move on when the sentence asked for nothing more', async () => {
    const d = await new DialoguePolicy().decide(afterAdding('two pears please'), toolCtx);
    expect(d.toolCalls).toEqual([]);
  });
});

describe('the part of the line that brought the caller here', () => {
  it('takes the onward transfer one clause asks for when the agent is entered', async () => {
    const ctx = llm.ChatContext.empty();
    ctx.addMessage({
      role: 'system',
      content: `You take the fruit order.\n${entryTag('basket', 'front')} Ask what they would like.`,
    });
    ctx.addMessage({ role: 'assistant', content: 'Hello, what can I do for you?' });
    ctx.addMessage({
      role: 'user',
      content:
        'hi, Priya from Lumen Health, we are sixty people, we want to start soon, we need fruit for the office every week, and I would like to pay now, my email is priya at lumen dot com',
    });
    const d = await new DialoguePolicy().decide(ctx, toolCtx);
    expect(d.toolCalls.map((c) => c.name)).toEqual(['transfer_to_till']);
  });
});

describe('a request with only chatter around it', () => {
  it('is the request the tool served, not a next step said with it', async () => {
    // "okay, and I'm ready to pay now" was the whole request: the part that leans to the till is
    // the one the tool just answered (a made-up turn where the basket tool served it).
    const d = await new DialoguePolicy().decide(afterAdding("okay, and I'm ready to pay now"), toolCtx);
    expect(d.toolCalls).toEqual([]);
  });
});
