// What a caller says on the way to a desk still counts once a lookup is done, on a made-up pool
// service's line: past the greeter, the router finds the member's account and sends them to
// repairs or accounts. "my heater's been weird" names the heater (the word with its "'s"); a line
// that gives name, email and the request in one breath goes on to accounts once the router's
// lookup found them; a name said with its email at repairs ("dana reyes, dana dot reyes at …") is
// who accounts looks up later, without asking again; and an opening that already says "I can
// help with that" is not followed by the same words.
import { llm } from '@livekit/agents';
import { afterEach, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow, guard } from '../../workflow/index.js';
import { type OfflineCall, startOfflineCall } from '../fixtures/offline_call.js';
import { contentWords } from '../intent_classifier.js';

const Member = z.object({ memberId: z.string().optional(), callerName: z.string().optional() });
type Member = z.infer<typeof Member>;
const memberFound = guard<Member>(
  'member found',
  (u) => u.memberId !== undefined,
  'I do not know which member this is yet. Ask for their full name and email, then call find_member.',
);

const findMember = () =>
  llm.tool({
    description: 'Find the member’s account from their full name and the email on it.',
    parameters: z.object({
      name: z.string().describe('The member’s full name.'),
      email: z.string().describe('The email address on the account.'),
    }),
    execute: async ({ name, email }, { ctx }) => {
      if (email !== 'dana.reyes@example.com' || name.toLowerCase() !== 'dana reyes')
        throw new llm.ToolError('No member matches those details.');
      (ctx.userData as Member).memberId = 'M-7';
      return 'Found Dana Reyes, on the weekly plan.';
    },
  });

const pools = defineWorkflow({
  name: 'pool-service',
  userData: Member,
  start: 'greeter',
  agents: [
    { id: 'greeter', description: 'Answers the pool line.', instructions: 'You greet the caller.' },
    {
      id: 'desk',
      description: 'Finds the member’s account and sends them to the right team.',
      instructions:
        'You send the caller to repairs or accounts. Accounts needs the member’s account: ask for their full name and email and call find_member first.',
      onEnter: 'Ask whether this is about a repair or about an invoice.',
      tools: { find_member: findMember() },
      steps: ['find_member'],
    },
    {
      id: 'repairs',
      description: 'Fixes pumps, heaters and filters.',
      instructions: 'You book a pool technician.',
      onEnter: 'Say you can help with that, and ask for the postcode of the pool.',
      tools: {
        book_technician: llm.tool({
          description: 'Book a technician to visit the pool at a postcode.',
          parameters: z.object({ postcode: z.string().describe('The postcode of the pool, like "90210".') }),
          execute: async () => 'A technician will visit on Thursday.',
        }),
      },
      canEndCall: true,
    },
    {
      id: 'accounts',
      description: 'Reads invoices and refunds them.',
      instructions: 'You read the member’s last invoice and refund paid invoices.',
      tools: {
        find_member: findMember(),
        last_invoice: llm.tool({
          description: 'Read out the member’s most recent invoice.',
          parameters: z.object({}),
          execute: async () => 'Invoice P-12 for May is $120, paid.',
        }),
        refund_invoice: llm.tool({
          description: 'Refund a paid invoice.',
          parameters: z.object({ reason: z.string().describe('Why the member wants the money back.') }),
          execute: async () => 'Refund of $120 is on its way.',
        }),
      },
      steps: ['find_member'],
      guards: { last_invoice: memberFound, refund_invoice: memberFound },
      canEndCall: true,
    },
  ],
  edges: [
    {
      from: 'greeter',
      to: 'desk',
      when: 'The caller has said what they need.',
      carries: z.object({ callerName: z.string().optional().describe('The caller’s name, if they gave it.') }),
      examples: ['I need some help', 'hi, this is Sam Ortiz'],
    },
    {
      from: 'desk',
      to: 'repairs',
      when: 'Something at the pool is broken: the pump, heater or filter.',
      examples: ['the pump is broken', 'my heater is not working'],
    },
    {
      from: 'desk',
      to: 'accounts',
      when: 'The question is about an invoice, a payment or a refund.',
      examples: ['I have a question about my invoice', 'I want a refund'],
    },
    {
      from: 'repairs',
      to: 'accounts',
      when: 'The member now has a question about an invoice.',
      examples: ['also a question about my invoice', 'and how much was my last invoice'],
    },
  ],
});

let call: OfflineCall | undefined;
afterEach(async () => call?.close());

it('reads "heater\'s" as the heater, and a name\'s "\'s" as no word a tool knows', () => {
  expect(contentWords("hi, i need some help, my heater's been weird")).toContain('heater');
  expect(contentWords("can i get more of luna's pills")).toContain("luna's");
});

it('reads "won\'t" as "will not", not as an unknown word "wo"', () => {
  expect(contentWords("the pool app won't open")).toEqual(['pool', 'app', 'not', 'open']);
});

it('goes on to the request said in the same breath as the details the lookup took', async () => {
  call = await startOfflineCall(pools);
  await call.caller(
    "hi i'm dana reyes, dana dot reyes at example dot com, and i want a refund on my last invoice because the visit was cancelled",
  );
  expect(call.tools.find((t) => t.name === 'find_member')?.isError).toBe(false);
  expect(call.runtime.path).toEqual(['greeter', 'desk', 'accounts']);
});

it('takes the name said with its email at another desk for a later lookup', async () => {
  call = await startOfflineCall(pools);
  await call.caller('the pool pump is broken');
  await call.caller('dana reyes, dana dot reyes at example dot com');
  await call.caller('nine zero two one zero');
  await call.caller('thanks, and while i have you, how much was my last invoice');
  expect(call.runtime.path).toEqual(['greeter', 'desk', 'repairs', 'accounts']);
  expect(call.tools.find((t) => t.name === 'find_member')).toMatchObject({
    args: { name: 'Dana Reyes', email: 'dana.reyes@example.com' },
    isError: false,
  });
  expect(call.tools.at(-1)).toMatchObject({ name: 'last_invoice', isError: false });
});

it('says "I can help with that" once when the opening already says it', async () => {
  call = await startOfflineCall(pools);
  await call.caller('hi, my pump is broken, can you book a technician to come out');
  expect(call.lastSaid()).toBe('I can help with that. Could you tell me the postcode?');
});
