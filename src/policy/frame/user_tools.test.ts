// Tools written the way users write them, in a made-up tool-rental shop's words: arguments the tool
// checks itself (optional, with a refusal that says what is missing), an id taken from another
// tool's result, an id shape described in words, and a name spelled back.
import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf } from '../fixtures/decide.js';
import { extractArgs } from '../slot_filling.js';
import { catalogTools } from '../tool_catalog.js';
import { prepareUtterance } from '../slots/index.js';
import { holdsBack } from '../step/commit.js';
import { hasClosingWord } from '../cues.js';

const rental = defineWorkflow({
  name: 'rental',
  userData: z.object({}),
  start: 'desk',
  agents: [
    {
      id: 'desk',
      description: 'Rents out tools to members.',
      instructions: 'You rent tools to members.',
      canEndCall: true,
      tools: {
        check_member: llm.tool({
          description: 'Check a membership by its number and the surname on it.',
          parameters: z.object({
            member_number: z.string().optional().describe('The member number, T R dash and four digits.'),
            surname: z.string().optional().describe('The surname on the membership.'),
          }),
          execute: async () => 'Member Ola Lindqvist, in good standing.',
        }),
        find_tools: llm.tool({
          description: 'Search the tools for rent by name.',
          parameters: z.object({ query: z.string().describe('What the caller is looking for, in their words.') }),
          execute: async () =>
            'Found 2: cordless drill, item DR-1001, free today; hedge trimmer, item HT-2002, free today.',
        }),
        reserve_tool: llm.tool({
          description: 'Reserve a tool for pickup.',
          parameters: z.object({ item_id: z.string().describe('The item number from find_tools.') }),
          execute: async () => 'Reserved.',
        }),
      },
    },
  ],
  edges: [],
});

const NEED_BOTH = 'I need both the member number and the surname. Ask for whichever is missing.';

describe('tools that check their own arguments', () => {
  it('asks for what a refusal named and keeps what was given', async () => {
    const { toolCtx, instructions } = builtAgent(rental, 'desk');
    const asked = await new DialoguePolicy().decide(
      chatOf(instructions, [
        ['caller', 'can you check my membership'],
        ['failed', 'check_member', {}, NEED_BOTH],
        ['agent', 'I need both the member number and the surname. Could you tell me the member number?'],
        ['caller', 'TR-5521'],
      ]),
      toolCtx,
    );
    expect(asked.toolCalls).toHaveLength(0);
    expect(asked.content?.toLowerCase()).toMatch(/surname|last name/);
    const called = await new DialoguePolicy().decide(
      chatOf(instructions, [
        ['caller', 'can you check my membership'],
        ['failed', 'check_member', {}, NEED_BOTH],
        ['agent', 'I need both the member number and the surname. Could you tell me the member number?'],
        ['caller', 'TR-5521'],
        ['agent', asked.content ?? ''],
        ['caller', 'Lindqvist'],
      ]),
      toolCtx,
    );
    expect(called.toolCalls[0]).toMatchObject({
      name: 'check_member',
      args: { member_number: 'TR-5521', surname: 'Lindqvist' },
    });
  });

  it('takes an id from the result the description names, by the words of its entry', async () => {
    const { toolCtx, instructions } = builtAgent(rental, 'desk');
    const d = await new DialoguePolicy().decide(
      chatOf(instructions, [
        ['caller', 'do you have a hedge trimmer?'],
        [
          'tool',
          'find_tools',
          { query: 'hedge trimmer' },
          'Found 2: cordless drill, item DR-1001, free today; hedge trimmer, item HT-2002, free today.',
        ],
        ['agent', 'Found 2: cordless drill and hedge trimmer.'],
        ['caller', 'great, reserve the trimmer for me'],
      ]),
      toolCtx,
    );
    expect(d.toolCalls[0]).toMatchObject({ name: 'reserve_tool', args: { item_id: 'HT-2002' } });
  });
});

describe('values in user-written descriptions', () => {
  const [check] = catalogTools(builtAgent(rental, 'desk').toolCtx).filter((t) => t.name === 'check_member');
  const read = (said: string) =>
    extractArgs(check!, prepareUtterance(said), {
      opening: true,
      typedOnly: false,
      requestWords: new Set(['check', 'member']),
      agentVocabulary: new Set(),
      now: new Date(),
    }).values;

  it('writes an id with the letters its described format fixes', () => {
    expect(read('it is t r five five two one')).toMatchObject({ member_number: 'TR-5521' });
  });

  it('takes a name spelled back, or said alone beside an id, as the surname', () => {
    expect(read('number TR-5521, lindqvist, l i n d q v i s t')).toMatchObject({ surname: 'Lindqvist' });
    expect(read('TR-5521, Lindqvist')).toMatchObject({ surname: 'Lindqvist' });
    expect(read('this is Ola, TR-5521').surname).toBeUndefined();
  });
});

describe('words that look like others', () => {
  it('"a hold on it" asks for a hold; "hold on" waits', () => {
    expect(holdsBack('can I put a hold on it please')).toBe(false);
    expect(holdsBack('hold on, not yet')).toBe(true);
  });

  it('hangs up on the classifier alone only with a closing word', () => {
    expect(hasClosingWord('all of them please')).toBe(false);
    expect(hasClosingWord("that's all, thanks")).toBe(true);
  });
});
