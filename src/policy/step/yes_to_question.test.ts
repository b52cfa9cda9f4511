// "yes that's it" to the agent's question for a detail or a choice ("by text or by post?") is a yes
// to what was said before it — on a made-up library's line, the renewal just read out — not the
// end of the call: the question stands. It used to hang up before the reminder was sent.
import { llm } from '@livekit/agents';
import { afterEach, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { type OfflineCall, startOfflineCall } from '../fixtures/offline_call.js';

const library = defineWorkflow({
  name: 'library',
  userData: z.object({}),
  start: 'reminders',
  agents: [
    {
      id: 'reminders',
      description: 'Sends due-date reminders.',
      instructions: 'You send a reminder of the new due date.',
      onEnter: 'Say "Your books are renewed until the 20th." Then ask whether to send the reminder by text or by post.',
      canEndCall: true,
      tools: {
        send_reminder: llm.tool({
          description: 'Send a reminder of the new due date.',
          parameters: z.object({ channel: z.enum(['text', 'post']).describe('How to send it: text or post.') }),
          execute: async ({ channel }) => `The reminder goes out by ${channel}.`,
        }),
      },
    },
  ],
  edges: [],
});

let call: OfflineCall | undefined;
afterEach(async () => call?.close());

it('takes "yes that\'s it" to a question for a choice as a yes, and asks again', async () => {
  call = await startOfflineCall(library);
  const said = await call.say("yes that's it");
  expect(call.ended()).toBe(false);
  expect(said).toMatch(/text|post/);
  await call.caller('by post please');
  expect(call.tools.at(-1)).toMatchObject({ name: 'send_reminder', args: { channel: 'post' } });
});

it('still ends the call on a farewell said with it', async () => {
  call = await startOfflineCall(library);
  await call.caller("yes that's it, bye");
  expect(call.tools.some((t) => t.name === 'end_call')).toBe(true);
});
