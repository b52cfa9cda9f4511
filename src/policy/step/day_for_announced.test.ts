// Two requests in one breath, the second for another desk ("… kibble refilled, and I also want to
// book Rex in for a groom"), on a made-up pet shop's line: once the food desk has done its work, a
// line with only a day for the second ("for rex, next tuesday morning") hands back, and the front
// desk sends the caller on to the grooming desk — though the pet named is one the food desk takes.
import { llm } from '@livekit/agents';
import { afterEach, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { type OfflineCall, startOfflineCall } from '../fixtures/offline_call.js';

const shop = defineWorkflow({
  name: 'pet-shop',
  userData: z.object({}),
  start: 'front',
  agents: [
    {
      id: 'front',
      description: 'The front desk: sends callers to the food desk or the grooming desk.',
      instructions: 'Send the caller to the right desk.',
      canEndCall: true,
    },
    {
      id: 'food',
      description: 'Reorders pet food a pet is already on.',
      instructions: 'Reorder the food with reorder_food.',
      examples: { reorder_food: ['reorder his kibble', 'two bags of food for my dog please'] },
      returns: z.object({
        done: z.boolean().describe('True when the food was reordered.'),
        summary: z.string().describe('One sentence on what was done.'),
      }),
      tools: {
        reorder_food: llm.tool({
          description: 'Reorder the pet food a pet is already on, for pickup.',
          parameters: z.object({
            pet_name: z.string().describe('The pet the food is for.'),
            bags: z.number().int().min(1).describe('How many bags.'),
          }),
          execute: async ({ pet_name, bags }) => `Reordered ${bags} bag(s) of food for ${pet_name}, ready tomorrow.`,
        }),
      },
    },
    {
      id: 'grooming',
      description: 'Books grooming appointments for dogs and cats.',
      instructions: 'Find a time with find_groom_times, then book it with book_groom.',
      canEndCall: true,
      tools: {
        find_groom_times: llm.tool({
          description: 'Find free grooming times on a day.',
          parameters: z.object({ day: z.string().optional().describe('The day, like 2026-03-10.') }),
          execute: async () => 'Free times: Tuesday at 9 AM; Tuesday at 11 AM.',
        }),
        book_groom: llm.tool({
          description: 'Book one of the times find_groom_times just offered.',
          parameters: z.object({
            pet_name: z.string().describe('The pet to groom.'),
            time: z.string().describe('The offered time the caller chose.'),
          }),
          execute: async () => 'Booked.',
        }),
      },
    },
  ],
  edges: [
    {
      from: 'front',
      to: 'food',
      mode: 'call',
      when: 'The caller wants more of their pet’s food.',
      examples: ['I need to reorder my dog’s kibble', 'Rex is running out of his food', 'more cat food please'],
    },
    {
      from: 'front',
      to: 'grooming',
      when: 'The caller wants to book a groom, a bath or a nail trim.',
      examples: ['can I book a groom', 'my dog needs a bath and a trim'],
    },
  ],
});

let call: OfflineCall | undefined;
afterEach(async () => call?.close());

it('hands back with the day for the request announced earlier, and goes on to its desk', async () => {
  call = await startOfflineCall(shop);
  await call.caller(
    'hi, rex is running out of his kibble, two bags please, and i also want to book rex in for a groom',
  );
  await call.caller('please reorder his kibble, two bags for rex');
  await call.caller('rex');
  expect(call.tools.map((t) => t.name)).toContain('reorder_food');
  const before = call.tools.length;
  await call.caller('for rex, um, next tuesday morning');
  const after = call.tools.slice(before).map((t) => t.name);
  expect(after.slice(0, 2)).toEqual(['return_to_previous_agent', 'transfer_to_grooming']);
  expect(after).not.toContain('reorder_food');
});

it('stays when the line names only a month (a record of the desk, "the february one"), not a day from today', async () => {
  call = await startOfflineCall(shop);
  await call.caller(
    'hi, rex is running out of his kibble, two bags please, and i also want to book rex in for a groom',
  );
  await call.caller('please reorder his kibble, two bags for rex');
  await call.caller('rex');
  const before = call.tools.length;
  await call.caller('the february one for rex');
  expect(call.tools.slice(before).map((t) => t.name)).not.toContain('return_to_previous_agent');
});
