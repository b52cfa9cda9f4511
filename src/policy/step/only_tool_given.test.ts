// An agent with one job, whose entry asks a courtesy question no tool takes ("is everyone safe?"):
// the caller answering with where they are instead gives that job's value, and the job goes on
// (the next thing it needs is asked), not the courtesy question again. A made-up locksmith.
import { llm } from '@livekit/agents';
import { afterEach, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { type OfflineCall, startOfflineCall } from '../fixtures/offline_call.js';

const locksmith = defineWorkflow({
  name: 'locksmith',
  userData: z.object({}),
  start: 'front',
  agents: [
    {
      id: 'front',
      description: 'Answers the locksmith line.',
      instructions: 'You send callers on.',
      canEndCall: true,
    },
    {
      id: 'callout',
      description: 'Urgent call-outs: locked out of a home or car, a broken lock.',
      instructions: 'You send a locksmith out.',
      onEnter: 'Ask whether everyone is safe and warm, then where they are.',
      canEndCall: true,
      tools: {
        send_locksmith: llm.tool({
          description: 'Send a locksmith to the caller.',
          parameters: z.object({
            problem: z.enum(['locked_out', 'broken_lock', 'lost_keys']).describe('What is wrong.'),
            location: z.string().describe('Where the caller is, in their words: street, landmark, town.'),
            member_code: z.string().describe('The cover membership code, like "LS-4410".'),
          }),
          execute: async () => 'A locksmith is on the way.',
        }),
      },
    },
  ],
  edges: [
    {
      from: 'front',
      to: 'callout',
      when: 'The caller is locked out or a lock is broken.',
      examples: ['I am locked out of my house', 'my key snapped in the lock'],
    },
  ],
});

let call: OfflineCall | undefined;
afterEach(async () => call?.close());

it('goes on with the one job when the caller gives its value instead of answering the courtesy question', async () => {
  call = await startOfflineCall(locksmith);
  await call.caller("hi, i'm locked out of my house, i left the keys inside");
  const reply = await call.say("i'm outside the old mill cottages on station road in hartwell");
  expect(reply).not.toMatch(/safe/i);
  expect(reply).toMatch(/code/i);
});
