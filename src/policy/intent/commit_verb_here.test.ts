// "book it" where the agent has a tool that reserves is that tool's step, not the desk whose name
// says "booking": on a made-up campsite line, the pitches desk quotes a pitch and reserves it, and
// a my_bookings desk looks after reservations already made. Reading "book it please" as a
// wish for the bookings desk sent the caller away from the pitch just quoted.
import { llm } from '@livekit/agents';
import { afterEach, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { type OfflineCall, startOfflineCall } from '../fixtures/offline_call.js';
import { commitVerbSaid } from '../step/commit.js';
import { toolInfo } from '../tool_catalog.js';

const reservePitch = llm.tool({
  description: 'Reserve the pitch quoted, for the named guest.',
  parameters: z.object({ guest_name: z.string().describe('The guest’s full name.') }),
  execute: async ({ guest_name }) => `Reserved pitch 12 for ${guest_name}, reference CP-3301.`,
});

const campsite = defineWorkflow({
  name: 'campsite',
  userData: z.object({}),
  start: 'pitches',
  agents: [
    {
      id: 'pitches',
      description: 'Quotes a pitch for the caller’s nights and reserves it.',
      instructions: 'You quote pitches with quote_pitch and reserve the one the caller wants with reserve_pitch.',
      tools: {
        quote_pitch: llm.tool({
          description: 'Quote a free pitch for a number of nights.',
          parameters: z.object({ nights: z.number().describe('How many nights.') }),
          execute: async ({ nights }) => `Pitch 12 is free for ${nights} nights at $30 a night.`,
        }),
        reserve_pitch: reservePitch,
      },
      examples: {
        quote_pitch: ['a pitch for two nights', 'what do you have for three nights', 'how much is a week'],
        reserve_pitch: ['yes please reserve it', 'the guest is Sam Ortiz'],
      },
      canEndCall: true,
    },
    {
      id: 'my_bookings',
      description: 'Changes or cancels a booking already made.',
      instructions: 'You change or cancel existing bookings.',
      canEndCall: true,
      tools: {
        cancel_pitch_booking: llm.tool({
          description: 'Cancel an existing pitch booking.',
          parameters: z.object({ reference: z.string().describe('The booking reference, like CP-1234.') }),
          execute: async () => 'Cancelled.',
        }),
      },
    },
  ],
  edges: [
    {
      from: 'pitches',
      to: 'my_bookings',
      when: 'The caller wants to change or cancel a booking they already have.',
      examples: ['I need to change my booking', 'cancel my booking please', 'something about my booking'],
    },
  ],
});

let call: OfflineCall | undefined;
afterEach(async () => call?.close());

it('reserves here when the caller says "book it", not the bookings desk', async () => {
  call = await startOfflineCall(campsite);
  await call.caller('a pitch for three nights please');
  expect(call.tools.at(-1)).toMatchObject({ name: 'quote_pitch', isError: false });
  await call.caller('perfect, book it please');
  expect(call.tools.some((t) => t.name === 'transfer_to_my_bookings')).toBe(false);
  expect(call.runtime.path).toEqual(['pitches']);
  // The reserving step goes on: its one detail is asked for, then it is done.
  expect(call.lastSaid()).toMatch(/name/i);
  await call.caller('Dana Whitby');
  expect(call.tools.at(-1)).toMatchObject({ name: 'reserve_pitch', args: { guest_name: 'Dana Whitby' } });
});

it('reads the verb, not the noun', () => {
  const tool = toolInfo(Object.assign(reservePitch, { name: 'reserve_pitch' }) as never);
  expect(commitVerbSaid('sure, book it', tool)).toBe(true);
  expect(commitVerbSaid('yes reserve that one', tool)).toBe(true);
  expect(commitVerbSaid('I need to change my booking', tool)).toBe(false);
  expect(commitVerbSaid('what about my book', tool)).toBe(false);
  expect(commitVerbSaid('can I book another pitch for next month', tool)).toBe(false);
});
