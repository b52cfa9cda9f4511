// A detail taken back by name: a made-up climbing gym's member check was refused with the member
// number; "forget the member number then, use my email, …" checks again with the name and the
// email alone, not the number the caller gave up on.
import { llm } from '@livekit/agents';
import { expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf } from '../fixtures/decide.js';
import { takenBackParams } from './taken_back.js';
import { catalogTools } from '../tool_catalog.js';

const gym = defineWorkflow({
  name: 'gym',
  userData: z.object({}),
  start: 'desk',
  agents: [
    {
      id: 'desk',
      description: 'Helps climbing gym members.',
      instructions: 'Check the member first.',
      canEndCall: true,
      tools: {
        check_member: llm.tool({
          description: 'Check who the caller is: their full name and the email or member number on file.',
          parameters: z.object({
            name: z.string().describe("The member's full name."),
            email: z.string().optional().describe('The email on file.'),
            member_number: z.string().optional().describe('The 8-digit member number, e.g. 55218890.'),
          }),
          execute: async () => 'Checked.',
        }),
      },
    },
  ],
  edges: [],
});

const refusal =
  'Those details do not match our records. Ask the caller to check their name and the email or member number.';

it('leaves out the detail the caller takes back', async () => {
  const { toolCtx, instructions } = builtAgent(gym, 'desk');
  const d = await new DialoguePolicy().decide(
    chatOf(instructions, [
      ['caller', 'hi, this is Tunde Abiodun, member number 5521 8890'],
      ['failed', 'check_member', { name: 'Tunde Abiodun', member_number: '55218890' }, refusal],
      ['agent', 'Those details do not match our records. Could you check them, please?'],
      ['caller', 'hmm, forget the member number then, use my email, tunde at example dot com'],
    ]),
    toolCtx,
  );
  expect(d.toolCalls.map((c) => c.name)).toEqual(['check_member']);
  expect(d.toolCalls[0]!.args).toEqual({ name: 'Tunde Abiodun', email: 'tunde@example.com' });
});

it('names an argument by its whole name, never by one shared word', () => {
  const { toolCtx } = builtAgent(gym, 'desk');
  const params = catalogTools(toolCtx).find((t) => t.name === 'check_member')!.params;
  expect(takenBackParams('forget the member number, use my email', params).map((p) => p.name)).toEqual([
    'member_number',
  ]);
  expect(takenBackParams('never mind my email then', params).map((p) => p.name)).toEqual(['email']);
  expect(takenBackParams('forget the number', params)).toEqual([]);
  expect(takenBackParams('forget it, thanks', params)).toEqual([]);
});
