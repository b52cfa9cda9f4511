// A transfer whose guard still refuses is not where a caller's words go yet: on a made-up dog
// groomer's line, "can I book a wash and trim for next Friday morning?" reaches the diary desk,
// whose own work (finding openings) comes before the sign-up desk it could hand on to once an
// opening is held. Reading "book" as the hand-on only earned a refusal and the caller stood still.
import { llm } from '@livekit/agents';
import { afterEach, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow, guard } from '../../workflow/index.js';
import { type OfflineCall, startOfflineCall } from '../fixtures/offline_call.js';

const Visit = z.object({
  groom: z.string().optional(),
  offered: z.array(z.string()).default([]),
  held: z.string().optional(),
});
type Visit = z.infer<typeof Visit>;
const openingHeld = guard<Visit>(
  'opening held',
  (u) => u.held !== undefined,
  'No opening is held yet. Offer openings and hold the one the caller picks.',
);

const groomer = defineWorkflow({
  name: 'groomer',
  userData: Visit,
  start: 'front',
  agents: [
    { id: 'front', description: 'Answers the grooming line.', instructions: 'You learn which groom the dog needs.' },
    {
      id: 'diary',
      description: 'Finds openings and holds the one the caller picks.',
      instructions:
        'You find grooming openings with find_openings and hold the one the caller picks with hold_opening.',
      onEnter: 'Ask which day suits, and whether mornings or afternoons are better.',
      tools: {
        find_openings: llm.tool({
          description: 'Find up to three free grooming openings on a day, optionally morning or afternoon only.',
          parameters: z.object({
            day: z.string().optional().describe('The day the caller wants, like "Friday".'),
            part_of_day: z.enum(['morning', 'afternoon']).optional().describe('Only if the caller said one.'),
          }),
          execute: async ({ day, part_of_day }, { ctx }) => {
            const openings = part_of_day === 'afternoon' ? ['2 PM', '4 PM'] : ['9 AM', '10 AM'];
            (ctx.userData as Visit).offered = openings;
            // The times are listed under their day, said in full.
            const on = new Date(`${day}T12:00`).toLocaleDateString('en-US', {
              weekday: 'long',
              month: 'long',
              day: 'numeric',
            });
            return `Free openings on ${on}: ${openings.join('; ')}. Which one suits you?`;
          },
        }),
        hold_opening: llm.tool({
          description: 'Hold the opening the caller picked from the ones just offered.',
          parameters: z.object({ time: z.string().describe('The opening chosen, like "Friday at 9 AM".') }),
          execute: async ({ time }, { ctx }) => {
            const visit = ctx.userData as Visit;
            if (visit.offered.length === 0)
              throw new llm.ToolError('No openings have been offered yet. Call find_openings first.');
            visit.held = time;
            return `Holding ${time} for you.`;
          },
        }),
      },
    },
    {
      id: 'signup',
      description: 'Takes the owner’s details.',
      instructions: 'You take the owner’s name.',
      canEndCall: true,
    },
  ],
  edges: [
    {
      from: 'front',
      to: 'diary',
      when: 'The caller wants to book a groom and said which.',
      carries: z.object({ groom: z.enum(['wash', 'trim', 'wash_and_trim']).describe('Which groom.') }),
      examples: ['I need a trim for my dog', 'can I book a wash'],
    },
    {
      from: 'diary',
      to: 'signup',
      when: 'An opening is held with hold_opening.',
      requires: openingHeld,
      examples: ['great, please book it', 'yes go ahead and book it'],
    },
  ],
});

let call: OfflineCall | undefined;
afterEach(async () => call?.close());

it('does the desk’s own work on a request whose hand-on is still closed', async () => {
  call = await startOfflineCall(groomer);
  await call.caller('hi, can I book a wash and trim for next Friday morning?');
  expect(call.tools.some((t) => t.name === 'transfer_to_signup')).toBe(false);
  expect(call.tools.at(-1)).toMatchObject({ name: 'find_openings', args: { part_of_day: 'morning' } });
  expect(call.lastSaid()).toContain('10 AM');
  await call.caller('the ten o clock please');
  const hold = call.tools.filter((t) => t.name === 'hold_opening').at(-1);
  expect(hold?.isError).toBe(false);
  // The offered opening's day, not today's.
  const day = call.tools.find((t) => t.name === 'find_openings')?.args.day as string;
  expect(String(hold?.args.time)).toMatch(new RegExp(`^${day}T`));
  expect(call.runtime.path).toEqual(['front', 'diary', 'signup']);
});
