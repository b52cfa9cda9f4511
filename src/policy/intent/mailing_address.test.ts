// "the mailing address, for the grant form" at a made-up museum's front desk: an address for
// letters goes to the desk for general questions (address, hours), not to the one for email
// problems, and the reason it carries keeps the thing asked about (not only "for the grant form").
import { llm } from '@livekit/agents';
import { expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf } from '../fixtures/decide.js';

const answer = (d: string) =>
  llm.tool({
    description: d,
    parameters: z.object({ question: z.string().describe('The caller’s question, in their words.') }),
    execute: async () => 'Answered.',
  });

const museum = defineWorkflow({
  name: 'museum-front-desk',
  userData: z.object({}),
  start: 'front',
  agents: [
    { id: 'front', description: 'Answers the phone.', instructions: 'Send the caller on.', canEndCall: true },
    {
      id: 'info',
      description: 'Answers general questions about the museum.',
      instructions: 'Answer.',
      canEndCall: true,
      tools: { museum_info: answer('Answer a general question: opening hours, address, parking.') },
    },
    {
      id: 'webdesk',
      description: 'Helps with the website, the online shop and email newsletters.',
      instructions: 'Help.',
      canEndCall: true,
      tools: { web_help: answer('Help when the website, the shop or email is not working.') },
    },
  ],
  edges: [
    { from: 'front', to: 'info', when: 'Anything else about the museum: hours, address, parking.' },
    { from: 'front', to: 'webdesk', when: 'Something is broken or slow: the website, the shop or email.' },
  ],
});

const policy = new DialoguePolicy({ now: () => new Date('2026-03-05T10:00:00') });

it('sends a mailing address question to the desk for the address, with the thing asked about', async () => {
  const agent = builtAgent(museum, 'front');
  const d = await policy.decide(
    chatOf(agent.instructions, [['caller', 'the mailing address, for the grant form']]),
    agent.toolCtx,
  );
  expect(d.toolCalls.map((c) => c.name)).toEqual(['transfer_to_info']);
  expect(String(d.toolCalls[0]!.args.reason ?? '')).toMatch(/mailing address/i);
});
