// A refusal that says only one detail may change ("the berth is already taken up, so only the
// leaving day can change"), on a made-up marina: the caller's next try ("then we'll just leave
// tomorrow instead") changes that detail alone; the new arrival day the refusal ruled out is not
// sent again, and the berth number stays.
import { llm } from '@livekit/agents';
import { expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf } from '../fixtures/decide.js';
import { onlyChangeableParam } from './only_changeable.js';
import { catalogTools } from '../tool_catalog.js';

const marina = defineWorkflow({
  name: 'marina-berths',
  userData: z.object({}),
  start: 'desk',
  agents: [
    {
      id: 'desk',
      description: 'Marina berth desk.',
      instructions: 'You move berth bookings.',
      canEndCall: true,
      tools: {
        move_berth: llm.tool({
          description: 'Move a berth booking to a new arriving or leaving day.',
          parameters: z.object({
            berth: z.string().optional().describe('The berth number, like "B-12".'),
            new_arrival: z.string().optional().describe('The new arriving day, as said.'),
            new_departure: z.string().optional().describe('The new leaving day, as said.'),
          }),
          execute: async () => 'Moved.',
        }),
      },
      examples: { move_berth: ['can we move our berth booking', 'we want to leave a day later'] },
    },
  ],
  edges: [],
});

const REFUSED =
  'The boat on berth B-12 is already moored, so only the leaving day can change. Ask which day they leave.';

it('finds the argument a refusal leaves changeable by its description', () => {
  const tools = catalogTools(builtAgent(marina, 'desk').toolCtx);
  const move = tools.find((t) => t.name === 'move_berth')!;
  expect(onlyChangeableParam(REFUSED, move.params)?.name).toBe('new_departure');
});

it('tries again with the leaving day alone, not the arrival day the refusal ruled out', async () => {
  const policy = new DialoguePolicy({ now: () => new Date('2026-03-05T10:00:00') });
  const d = await policy.decide(
    chatOf('Help the caller.', [
      ['user', 'we are moored at berth B-12, can we move our stay to start next friday'],
      ['failed', 'move_berth', { berth: 'B-12', new_arrival: '2026-03-13' }, REFUSED],
      ['assistant', 'The boat is already moored, so only the leaving day can change. Which day will you leave?'],
      ['user', "ah i see. then we'll just leave tomorrow instead"],
    ]),
    builtAgent(marina, 'desk').toolCtx,
  );
  expect(d.toolCalls.map((c) => c.name)).toEqual(['move_berth']);
  expect(d.toolCalls[0]!.args.berth).toBe('B-12');
  expect(d.toolCalls[0]!.args.new_arrival).toBeUndefined();
  expect(d.toolCalls[0]!.args.new_departure).toBeDefined();
});
