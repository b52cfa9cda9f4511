// A request the classifier leans to without being sure is taken when the caller also gave one of
// the tool's listed values; without such a value the agent still asks. A lost-property desk.
import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf } from '../fixtures/decide.js';

const lostProperty = defineWorkflow({
  name: 'lost-property',
  userData: z.object({}),
  start: 'desk',
  agents: [
    {
      id: 'desk',
      description: 'Lost property office.',
      instructions: 'You take reports of things left on our trains.',
      canEndCall: true,
      tools: {
        report_lost_item: llm.tool({
          description: 'Report an item lost on a train.',
          parameters: z.object({
            item: z
              .enum(['bag', 'phone', 'keys', 'other'])
              .describe('bag (rucksack, backpack, suitcase, handbag), phone (mobile), keys, or other.'),
            details: z.string().describe('What it looks like, in the caller’s words.'),
          }),
          execute: async () => 'Reported.',
        }),
        opening_times: llm.tool({
          description: 'Tell the caller when the office is open.',
          parameters: z.object({}),
          execute: async () => 'Nine to five.',
        }),
      },
      examples: { report_lost_item: ['I lost my bag on the train', 'I left my phone on a train'] },
    },
  ],
  edges: [],
});

const policy = new DialoguePolicy();
const tools = builtAgent(lostProperty, 'desk').toolCtx;
const decide = (said: string) => policy.decide(chatOf('Answer the phone.', [['caller', said]]), tools);

describe('a tool the classifier leans to', () => {
  it('is taken when the caller names one of its listed values', async () => {
    const d = await decide('think my rucksack is still sitting on the train from York, green one, broken zip');
    expect(d.toolCalls.map((c) => c.name)).toEqual(['report_lost_item']);
    expect(d.toolCalls[0]!.args).toMatchObject({ item: 'bag' });
  });

  it('is not taken on vague words alone', async () => {
    const d = await decide('something of mine is still sitting on the train from York, green one, broken zip');
    expect(d.toolCalls).toEqual([]);
  });
});
