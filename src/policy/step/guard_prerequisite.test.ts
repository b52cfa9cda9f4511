// A tool blocked by the app's guard until a lookup is done, on a made-up bike-locker desk whose
// instructions never say so: the guard's refusal ("…, then call find_member") is the evidence. The
// lookup's details are asked for first, the request goes on after it with its own question, the
// answer to that question is taken even with "I'd rather not pay for it" in it, and a question for
// another tool asked instead ("what does the forty-five fifty cover?") is answered, not read as the id.
import { llm } from '@livekit/agents';
import { afterEach, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow, guard } from '../../workflow/index.js';
import { type OfflineCall, startOfflineCall } from '../fixtures/offline_call.js';

const memberFound = guard<{ memberId?: string }>(
  'member found',
  (u) => Boolean(u.memberId),
  'I do not know which member this is yet. Ask for their full name and the email on the membership, then call find_member.',
);

const lockers = defineWorkflow({
  name: 'bike-lockers',
  userData: z.object({ memberId: z.string().optional() }),
  start: 'desk',
  agents: [
    {
      id: 'desk',
      description: 'Looks after bike locker rentals.',
      instructions: 'You look after bike locker rentals: read out the latest locker bill and credit a locker bill.',
      canEndCall: true,
      tools: {
        find_member: llm.tool({
          description: 'Find the member from their full name and the email on the membership.',
          parameters: z.object({
            name: z.string().describe('The member’s full name.'),
            email: z.string().describe('The email on the membership.'),
          }),
          execute: async ({ email }, { ctx }) => {
            if (email !== 'rosa.kim@example.com') throw new llm.ToolError('No member matches those details.');
            (ctx.userData as { memberId?: string }).memberId = 'M-77';
            return 'Found Rosa Kim.';
          },
        }),
        latest_bill: llm.tool({
          description: 'Read out the member’s latest locker bill.',
          parameters: z.object({}),
          execute: async () => 'Bill LB-4410 for May is $45.50: locker 12 and a key deposit.',
        }),
        credit_bill: llm.tool({
          description: 'Credit a locker bill back to the member.',
          parameters: z.object({
            bill_id: z.string().describe('The bill number, like "LB-4410".'),
            reason: z.string().describe('Why the member wants it credited.'),
          }),
          execute: async ({ bill_id }) => `Bill ${bill_id} is credited.`,
        }),
      },
      guards: { latest_bill: memberFound, credit_bill: memberFound },
      examples: {
        find_member: ['I am Rosa Kim, my email is rosa.kim@example.com'],
        latest_bill: ['what is on my last locker bill', 'how much is my bill'],
        credit_bill: ['I want a locker bill credited', 'can you credit bill LB-4410'],
      },
    },
  ],
  edges: [],
});

let call: OfflineCall | undefined;
afterEach(async () => call?.close());

it('asks for what the guard needs first, then goes on with the request', async () => {
  call = await startOfflineCall(lockers);
  expect(await call.say('hi, I want a locker bill credited')).toMatch(/name/i);
  await call.caller('Rosa Kim, rosa.kim@example.com');
  expect(call.tools.map((t) => t.name)).toEqual(['find_member']);
  expect(call.lastSaid()).toMatch(/bill ID/i);
  await call.caller("it's LB-4410. The locker was broken all month and I'd rather not pay for it");
  // Nothing refused along the way; the answer carrying "rather not" is no refusal of the credit.
  expect(call.tools.some((t) => t.isError)).toBe(false);
  expect(call.lastSaid()).not.toMatch(/won't/i);
  expect(call.lastSaid()).toMatch(/why/i);
});

it('answers a question for another tool asked while the id is awaited', async () => {
  call = await startOfflineCall(lockers);
  await call.caller('hi, I want a locker bill credited');
  await call.caller('Rosa Kim, rosa.kim@example.com');
  await call.caller('what exactly does the forty-five fifty cover on my last bill?');
  expect(call.tools.at(-1)).toMatchObject({ name: 'latest_bill', isError: false });
});
