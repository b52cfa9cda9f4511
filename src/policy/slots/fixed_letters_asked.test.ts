// Only the digits of an id whose letters its format fixes, said when that id was asked for, on a
// made-up tool library's reservation tool: "four eight two one" for "the member number (T L dash
// and four digits)" is TL-4821, though the tool also takes a lettered item id; so is "four eight two
// one, byrne" after a refusal asked for the member number and the surname.
import { llm } from '@livekit/agents';
import { afterEach, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { type OfflineCall, startOfflineCall } from '../fixtures/offline_call.js';
import { extractArgs } from '../slot_filling.js';
import { catalogTools } from '../tool_catalog.js';
import { prepareUtterance } from './index.js';

const reserve = llm.tool({
  description: 'Reserve a tool for the member to collect.',
  parameters: z.object({
    item_id: z.string().describe('The tool’s item number, like "DR-2077".'),
    member_number: z.string().optional().describe('The member number (T L dash and four digits).'),
    surname: z.string().optional().describe('The surname on the membership.'),
  }),
  execute: async () => 'Reserved.',
});
const tool = catalogTools(new llm.ToolContext({ reserve_tool: reserve }))[0]!;
const read = (said: string, expecting?: string) =>
  extractArgs(tool, prepareUtterance(said), {
    expecting: expecting ? tool.params.find((p) => p.name === expecting) : undefined,
    opening: false,
    typedOnly: false,
    requestWords: new Set(['reserve']),
    agentVocabulary: new Set(),
    now: new Date('2026-03-05T10:00:00'),
  }).values;

it('takes the digits alone as the id asked for, with its fixed letters', () => {
  expect(read('four eight two one', 'member_number').member_number).toBe('TL-4821');
  expect(read('4821', 'member_number').member_number).toBe('TL-4821');
});

it('leaves digits of another length, or not asked for, alone', () => {
  expect(read('four eight two', 'member_number').member_number).toBeUndefined();
  expect(read('four eight two one').member_number).toBeUndefined();
});

const shed = defineWorkflow({
  name: 'tool-shed',
  userData: z.object({}),
  start: 'desk',
  agents: [
    {
      id: 'desk',
      description: 'Reserves tools for members.',
      instructions: 'Reserve tools with reserve_tool.',
      canEndCall: true,
      tools: {
        reserve_tool: llm.tool({
          description: reserve.description,
          parameters: reserve.parameters,
          execute: async ({ member_number, surname }) => {
            if (!member_number || !surname)
              throw new llm.ToolError(
                'I need both the member number and the surname on the membership. Ask for whichever is missing.',
              );
            return `Reserved for ${surname}, member ${member_number}.`;
          },
        }),
      },
      examples: { reserve_tool: ['can I reserve DR-2077', 'put the drill aside for me'] },
    },
  ],
  edges: [],
});

let call: OfflineCall | undefined;
afterEach(async () => call?.close());

it('reads the digits and the surname said after a refusal asked for both', async () => {
  call = await startOfflineCall(shed);
  await call.caller('can i reserve DR-2077 please');
  await call.caller('four eight two one, byrne');
  expect(call.tools.at(-1)).toMatchObject({
    name: 'reserve_tool',
    isError: false,
    args: { item_id: 'DR-2077', member_number: 'TL-4821', surname: 'Byrne' },
  });
});
