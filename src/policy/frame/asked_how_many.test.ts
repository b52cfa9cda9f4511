// A made-up choir's joining line: the count the agent's own question asked for ("How many singers…?")
// is answered by a bare number, also one corrected in the same breath; and "actually no, make it
// five months" corrects a span, it refuses nothing.
import { llm } from '@livekit/agents';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf, type Turn } from '../fixtures/decide.js';
import { type OfflineCall, startOfflineCall } from '../fixtures/offline_call.js';

const choir = defineWorkflow({
  name: 'choir',
  userData: z.object({}),
  start: 'front',
  agents: [
    {
      id: 'front',
      description: 'Answers the choir line.',
      instructions: 'You greet callers and send groups who want to sing to joining.',
      canEndCall: true,
    },
    {
      id: 'joining',
      description: 'Signs groups up for the community choir.',
      instructions: 'You sign groups up.',
      onEnter: () => 'Ask how many people in their group would sing, and when they hope to start.',
      canEndCall: true,
      tools: {
        sign_up_group: llm.tool({
          description: 'Record the group size and start, and decide whether the group fits a section now.',
          parameters: z.object({
            singers: z.number().int().describe('How many people would sing.'),
            start: z
              .enum(['this_month', 'next_season', 'just_curious'])
              .describe('When they hope to start: this_month (right away, now), next_season, or just_curious.'),
            repertoire: z.string().optional().describe('What they like to sing, in their words.'),
          }),
          execute: async () => 'Signed up.',
        }),
      },
    },
    {
      id: 'later',
      description: 'Calls undecided groups back later.',
      instructions: 'You arrange a call back.',
      canEndCall: true,
      tools: {
        ring_back: llm.tool({
          description: 'Arrange a call back a number of months from now.',
          parameters: z.object({ months: z.number().int().describe('How many months from now.') }),
          execute: async () => 'Arranged.',
        }),
        send_songbook: llm.tool({
          description: 'Email the songbook.',
          parameters: z.object({ email: z.string().describe('Where to send it.') }),
          execute: async () => 'Sent.',
        }),
      },
    },
  ],
  edges: [
    {
      from: 'front',
      to: 'joining',
      when: 'A group wants to join the choir.',
      examples: ['we would like to join the choir'],
    },
    { from: 'joining', to: 'later', when: 'The group is not ready to join yet.' },
  ],
});

let live: OfflineCall | undefined;
afterEach(async () => live?.close());

const policy = new DialoguePolicy({ now: () => new Date('2026-03-05T10:00:00') });
const calls = async (agent: string, lines: Turn[]) =>
  (await policy.decide(chatOf('Help the caller.', lines), builtAgent(choir, agent).toolCtx)).toolCalls.map((c) => ({
    name: c.name,
    args: c.args,
  }));

describe('a count the agent asked for', () => {
  it('takes a bare number, the one said after a correction, as the count asked on arrival', async () => {
    live = await startOfflineCall(choir);
    await live.caller("hi, it's mia from the harbour singers, we'd like to join the choir");
    expect(live.runtime.path).toEqual(['front', 'joining']);
    await live.caller("so we're about eight, no wait, with the altos it's more like twelve, and we'd start this month");
    expect(live.tools.at(-1)).toMatchObject({ name: 'sign_up_group', args: { singers: 12, start: 'this_month' } });
  });
});

describe('a span corrected in the same breath', () => {
  it('is a request with the span said last, not a refusal', async () => {
    expect(
      await calls('later', [
        ['assistant', 'I can ring you back in a few months or email the songbook. What would you like?'],
        ['user', 'could someone ring me back in two months, actually no, make it five months, after the holidays'],
      ]),
    ).toEqual([{ name: 'ring_back', args: { months: 5 } }]);
  });
});
