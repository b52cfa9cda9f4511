// A further request said as one after a specialist's work ("thanks. oh and while I have you, I need
// to keep the van one extra day" at the breakdown desk) that nothing there serves: handed back to
// the agent that routes, not "didn't catch that". A made-up van hire.
import { llm } from '@livekit/agents';
import { expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf } from '../fixtures/decide.js';

const vans = defineWorkflow({
  name: 'van-hire-breakdown',
  userData: z.object({}),
  start: 'front',
  agents: [
    { id: 'front', description: 'Answers the van hire line.', instructions: 'You answer the phone.', canEndCall: true },
    {
      id: 'breakdown',
      description: 'Sends help to a hired van that broke down.',
      instructions: 'You send help to a broken-down van.',
      returns: z.object({ summary: z.string().optional() }),
      tools: {
        send_help: llm.tool({
          description: 'Send a mechanic to a hired van that broke down.',
          parameters: z.object({
            location: z.string().describe('Where the van is.'),
            problem: z.enum(['flat_tyre', 'battery', 'other']).describe('flat_tyre, battery or other.'),
          }),
          execute: async () => 'A mechanic is on the way, case BD-7.',
        }),
      },
    },
    {
      id: 'hires',
      description: 'Changes the dates of existing hires.',
      instructions: 'You change hires.',
      canEndCall: true,
      tools: {},
    },
  ],
  edges: [
    {
      from: 'front',
      to: 'breakdown',
      mode: 'call',
      when: 'The caller’s hired van broke down.',
      examples: ['my van broke down', 'the van has a flat tyre'],
    },
    { from: 'front', to: 'hires', when: 'The caller wants to change an existing hire.', examples: ['change my hire'] },
  ],
});

it('hands a further request back to the agent that routes once help is sent', async () => {
  const { toolCtx } = builtAgent(vans, 'breakdown', 'front');
  const d = await new DialoguePolicy().decide(
    chatOf('Send help.', [
      ['user', 'the battery is dead, I am at the retail park on Mill Road'],
      [
        'tool',
        'send_help',
        { location: 'the retail park on Mill Road', problem: 'battery' },
        'A mechanic is on the way, case BD-7.',
      ],
      ['assistant', 'A mechanic is on the way, case BD-7.'],
      ['user', 'thank you. oh and while i have you, i need to keep the van one extra day'],
    ]),
    toolCtx,
  );
  expect(d.toolCalls.map((c) => c.name)).toEqual(['return_to_previous_agent']);
});
