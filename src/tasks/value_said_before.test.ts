// A detail the caller gave before its capture task asked for it, on a made-up kayak hire: "the
// paddler is Ines Quaresma, mobile 503 555 0151" to the name question. The phone task that comes
// next reads that number back for a yes instead of asking for it again, so the caller's next line
// (another request) is not taken as the answer.
import { llm } from '@livekit/agents';
import { afterEach, expect, it } from 'vitest';
import { z } from 'zod';
import { type OfflineCall, startOfflineCall } from '../policy/fixtures/offline_call.js';
import { defineWorkflow } from '../workflow/declaration.js';
import { unwrapCapture } from './capture_types.js';
import { getName, getPhoneNumber } from './kinds.js';

const UserData = z.object({ name: z.string().optional(), phone: z.string().optional() });

let call: OfflineCall | undefined;
afterEach(async () => call?.close());

const hire = defineWorkflow({
  name: 'kayak-hire',
  userData: UserData,
  start: 'hire',
  agents: [
    {
      id: 'hire',
      description: 'Hires out kayaks.',
      instructions: 'You hire out kayaks.',
      canEndCall: true,
      tools: {
        hire_kayak: llm.tool({
          description: 'Hire a kayak under the paddler’s full name, with a mobile number.',
          execute: async (_args, { ctx }) => {
            const ud = ctx.userData as z.infer<typeof UserData>;
            ud.name = unwrapCapture(await getName({ requireLastName: true }).run()).full;
            ud.phone = unwrapCapture(await getPhoneNumber().run());
            return `Hired a kayak for ${ud.name}.`;
          },
        }),
      },
    },
  ],
  edges: [],
});

it('reads back a number said with the name instead of asking for it', async () => {
  call = await startOfflineCall(hire);
  expect(await call.say('I would like to hire a kayak')).toBe('Could I have your first and last name, please?');
  expect(await call.say('the paddler is ines quaresma, mobile five oh three five five five zero one five one')).toMatch(
    /^I have Ines Quaresma/,
  );
  expect(await call.say('yes')).toBe('I have five zero three, five five five, zero one five one. Is that right?');
  await call.say('yes that is right');
  await expect.poll(() => call!.userData).toEqual({ name: 'Ines Quaresma', phone: '5035550151' });
});
