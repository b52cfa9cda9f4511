// A choice answered with the value and more in one breath, on a made-up bike shop's receipt line:
// "email is fine, ann dot lee at example dot com" to "text or email?" takes the channel and the
// address together (before, the address was dropped and asked for again); "txt" is a text message.
import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf, type Turn } from '../fixtures/decide.js';

const shop = defineWorkflow({
  name: 'bikes',
  userData: z.object({}),
  start: 'till',
  agents: [
    {
      id: 'till',
      description: 'Sends the repair receipt.',
      instructions: 'You send the repair receipt.',
      canEndCall: true,
      tools: {
        send_receipt: llm.tool({
          description: 'Send the repair receipt by text message to the phone on file, or by email.',
          parameters: z.object({
            channel: z.enum(['sms', 'email']).describe('sms (to the phone on file) or email.'),
            email: z.string().optional().describe('The email address, when the channel is email.'),
          }),
          execute: async () => 'Sent.',
        }),
      },
    },
  ],
  edges: [],
});

const { toolCtx, instructions } = builtAgent(shop, 'till');
const policy = new DialoguePolicy({ now: () => new Date('2026-03-05T10:00:00') });
const asked: Turn[] = [
  ['caller', 'can I get my receipt'],
  ['agent', 'Which channel is it: sms or email?'],
];
const callsFor = async (said: string) =>
  (await policy.decide(chatOf(instructions, [...asked, ['caller', said]]), toolCtx)).toolCalls;

describe('a choice answered with the value and details', () => {
  it('takes the address said with the channel', async () => {
    expect(await callsFor('email is fine, ann dot lee at example dot com')).toEqual([
      { name: 'send_receipt', args: { channel: 'email', email: 'ann.lee@example.com' } },
    ]);
  });

  it('reads "txt" as a text message', async () => {
    expect(await callsFor('txt is fine')).toEqual([{ name: 'send_receipt', args: { channel: 'sms' } }]);
  });
});
