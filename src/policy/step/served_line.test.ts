// A caller's line that a tool already served does not also send them on: on a made-up removals
// line, "we are moving our office of twelve rooms next month" is sized by the survey agent, whose
// result opens the way to the planner; the planner must not read the same words ("office") again
// as a request for the office-moves contracts desk.
import { llm } from '@livekit/agents';
import { afterEach, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow, guard } from '../../workflow/index.js';
import { type OfflineCall, startOfflineCall } from '../fixtures/offline_call.js';

const Move = z.object({ sized: z.boolean().default(false), planned: z.boolean().default(false) });
type Move = z.infer<typeof Move>;
const sized = guard<Move>('move sized', (u) => u.sized, 'Size the move with size_move first.');

const removals = defineWorkflow({
  name: 'removals',
  userData: Move,
  start: 'desk',
  agents: [
    { id: 'desk', description: 'Answers the removals line.', instructions: 'You answer the phone.' },
    {
      id: 'survey',
      description: 'Sizes a move.',
      instructions: 'You size the move: how many rooms and which month.',
      onEnter: 'Ask how many rooms and which month.',
      tools: {
        size_move: llm.tool({
          description: 'Size the move from the number of rooms and the month.',
          parameters: z.object({
            rooms: z.number().int().describe('How many rooms to move.'),
            month: z.enum(['this_month', 'next_month', 'later']).describe('When they move.'),
          }),
          execute: async ({ rooms }, { ctx }) => {
            (ctx.userData as Move).sized = true;
            return `${rooms} rooms is one crew for a day. Planning the day is the next step.`;
          },
        }),
      },
    },
    {
      id: 'planner',
      description: 'Plans the moving day.',
      instructions: 'You plan the moving day and book the crew.',
      onEnter: 'Say "Let us plan the day." Then ask whether mornings or afternoons suit them.',
      tools: {
        book_crew: llm.tool({
          description: 'Book the crew for a morning or an afternoon.',
          parameters: z.object({ part_of_day: z.enum(['morning', 'afternoon']).describe('When the crew comes.') }),
          execute: async ({ part_of_day }, { ctx }) => {
            (ctx.userData as Move).planned = true;
            return `The crew is booked for the ${part_of_day}.`;
          },
        }),
        send_checklist: llm.tool({
          description: 'Email the packing checklist.',
          parameters: z.object({ email: z.string().describe('Where to send it, like "ann@example.com".') }),
          execute: async ({ email }) => `The checklist is on its way to ${email}.`,
        }),
      },
    },
    {
      id: 'contracts',
      description: 'Signs office-move contracts.',
      instructions: 'You prepare contracts for office moves.',
      canEndCall: true,
    },
  ],
  edges: [
    {
      from: 'desk',
      to: 'survey',
      when: 'The caller wants to move house or office.',
      examples: ['we are moving next month', 'I need movers'],
    },
    { from: 'survey', to: 'planner', when: 'size_move sized the move: plan the day.', requires: sized },
    {
      from: 'planner',
      to: 'contracts',
      when: 'The caller wants a contract for an office move, or to talk to the office moves staff.',
      requires: sized,
      examples: ['we need a contract for the office move', 'can I talk to your office moves people'],
    },
  ],
});

let call: OfflineCall | undefined;
afterEach(async () => call?.close());

it('does not send the caller on with words a tool before this hop already used', async () => {
  call = await startOfflineCall(removals);
  await call.caller('hi, we are moving our office of twelve rooms next month');
  expect(call.runtime.path).toEqual(['desk', 'survey', 'planner']);
  // The planner asks its own question instead of passing the caller on.
  await call.caller('afternoons suit us better');
  expect(call.userData.planned).toBe(true);
  expect(call.runtime.path).toEqual(['desk', 'survey', 'planner']);
});

it('uses the one detail a tool takes and nothing else for that tool', async () => {
  call = await startOfflineCall(removals);
  await call.caller('hi, we are moving our office of twelve rooms next month');
  await call.caller('ann dot lee at example dot com');
  expect(call.tools.at(-1)).toMatchObject({ name: 'send_checklist', args: { email: 'ann.lee@example.com' } });
});

it('reads what the business needs to do as told, not asked, once a tool used the line', async () => {
  call = await startOfflineCall(removals);
  await call.caller('hi, we are moving next month');
  await call.caller('twelve rooms, and we need to move out of the old office before the lease ends');
  expect(call.tools.some((t) => t.name === 'size_move')).toBe(true);
  expect(call.runtime.path).toEqual(['desk', 'survey', 'planner']);
});
