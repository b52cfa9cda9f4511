// The request that brought the caller to a desk, resumed once the desk's lookup of who they are has
// answered, on a made-up tool-lending library: "then I'd better extend the drill I have out" sends
// the caller to the members desk, which must first check the membership; after the check it extends
// the loan, though "drill" is the word of the desk that lends tools (the members desk's classifier
// leans there).
import { llm } from '@livekit/agents';
import { afterEach, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow, guard } from '../../workflow/index.js';
import { type OfflineCall, startOfflineCall } from '../fixtures/offline_call.js';

const Shed = z.object({ member: z.string().optional() });
type Shed = z.infer<typeof Shed>;

const memberChecked = guard<Shed>(
  'member checked',
  (u) => u.member !== undefined,
  'I do not know whose membership this is yet. Ask for the number and surname, then call check_member.',
);

const shed = defineWorkflow({
  name: 'tool-shed',
  userData: Shed,
  start: 'front',
  agents: [
    {
      id: 'front',
      description: 'Answers the tool library line and sends callers to the right desk.',
      instructions: 'Answer general questions with shed_info. Send members with loans to the members desk.',
      canEndCall: true,
      tools: {
        shed_info: llm.tool({
          description: 'Answer a general question about the tool library: opening hours, late fees, parking.',
          parameters: z.object({ topic: z.enum(['hours', 'fees', 'parking']).describe('What it is about.') }),
          execute: async () => 'Late fees are two dollars a day for drills and saws.',
        }),
      },
      examples: { shed_info: ['how much are late fees', 'when are you open'] },
    },
    {
      id: 'members',
      description: 'Checks a membership: loans, due dates and extensions.',
      onEnter: 'Ask for the membership number and the surname on it.',
      instructions:
        'Ask for the membership number and surname and call check_member, which reads out the loans. Extend loans with extend_loan when asked.',
      canEndCall: true,
      tools: {
        check_member: llm.tool({
          description:
            'Check the membership with its number and surname, then read out the loans. Do this before extending.',
          parameters: z.object({
            member_number: z.string().optional().describe('The membership number, T L dash and four digits.'),
            surname: z.string().optional().describe('The surname on the membership.'),
          }),
          execute: async ({ member_number, surname }, { ctx }: llm.ToolOptions<Shed>) => {
            if (!member_number || !surname)
              throw new llm.ToolError(
                'I need both the membership number and the surname. Ask for whichever is missing.',
              );
            ctx.userData.member = member_number;
            return 'Membership of Ada Byrne: 1 loan. The cordless drill is due tomorrow.';
          },
        }),
        extend_loan: llm.tool({
          description: 'Extend the caller’s loans by a week: every item, or one they name.',
          parameters: z.object({
            item: z.string().optional().describe('The one item to extend, in the caller’s words. Leave out for all.'),
          }),
          execute: async () => 'Extended: the cordless drill is now due next Friday.',
        }),
      },
      guards: { extend_loan: memberChecked },
      examples: {
        check_member: ['my number is TL-1234 and my surname is Byrne', 'what do I have out'],
        extend_loan: [
          'please extend everything',
          'can you extend the sander I have out',
          'I need more time with my tools',
        ],
      },
    },
    {
      id: 'lending',
      description: 'Finds tools to borrow and reserves them.',
      instructions: 'Search with find_tool.',
      canEndCall: true,
      tools: {
        find_tool: llm.tool({
          description: 'Search the tools for loan: drills, saws, sanders, ladders.',
          parameters: z.object({ what: z.string().describe('The tool the caller wants.') }),
          execute: async () => 'Found: cordless drill, on the shelf.',
        }),
      },
      examples: { find_tool: ['do you have a drill', 'I need a ladder', 'is the sander in'] },
    },
  ],
  edges: [
    {
      from: 'front',
      to: 'members',
      when: 'The caller wants to extend loans or hear what they have out.',
      examples: ['I want to extend my loan', 'what do I have out'],
    },
    {
      from: 'front',
      to: 'lending',
      when: 'The caller is looking for a tool to borrow: a drill, a saw, a ladder.',
      examples: ['do you have a drill', 'can I borrow a ladder'],
    },
    {
      from: 'members',
      to: 'lending',
      when: 'The caller now wants to find a tool to borrow.',
      examples: ['do you have a drill', 'can I borrow a saw'],
    },
  ],
});

let call: OfflineCall | undefined;
afterEach(async () => call?.close());

it('extends the loan the caller came for once the membership check has answered', async () => {
  call = await startOfflineCall(shed);
  await call.caller('how much are the late fees on drills');
  await call.caller("yikes ok. then i'd better extend the drill i have out");
  await call.caller('number t l one two three four, surname byrne');
  expect(call.tools.map((t) => `${t.name}${t.isError ? '!' : ''}`)).toContain('extend_loan');
});
