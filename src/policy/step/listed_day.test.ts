// Times listed under their day ("Free drop-off times on Saturday, December 5: 9 AM; 11 AM; 3 PM"):
// on a made-up bike shop's line, "the 3 o'clock" is 3 PM on that Saturday. The pick used to be
// read alone, as 3 PM today, and the shop refused a time nobody offered.
import { llm } from '@livekit/agents';
import { afterEach, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { type OfflineCall, startOfflineCall } from '../fixtures/offline_call.js';

const spokenDay = (day: string) =>
  new Date(`${day}T12:00`).toLocaleDateString('en-US', { weekday: 'long', month: 'long', day: 'numeric' });

const bikeShop = defineWorkflow({
  name: 'bike-shop',
  userData: z.object({}),
  start: 'workshop',
  agents: [
    {
      id: 'workshop',
      description: 'Books bikes in for a service.',
      instructions: 'You find drop-off times with find_dropoffs and book the one the caller picks with book_dropoff.',
      canEndCall: true,
      examples: {
        find_dropoffs: ['what times do you have on Friday', 'can I bring my bike in on Monday'],
        book_dropoff: ['the 11 AM please', 'I will take 9 AM'],
      },
      tools: {
        find_dropoffs: llm.tool({
          description: 'Find free drop-off times on a day.',
          parameters: z.object({ day: z.string().describe('The day the caller wants, like "Saturday".') }),
          execute: async ({ day }) =>
            `Free drop-off times on ${spokenDay(day)}: 9 AM; 11 AM; 3 PM. Which one suits you?`,
        }),
        book_dropoff: llm.tool({
          description: 'Book the drop-off time the caller picked from the ones just offered.',
          parameters: z.object({ time: z.string().describe('The time chosen, like "2025-03-08T15:00".') }),
          execute: async ({ time }) => `Your drop-off is booked for ${time}.`,
        }),
      },
    },
  ],
  edges: [],
});

let call: OfflineCall | undefined;
afterEach(async () => call?.close());

it('reads a clock time picked from a day’s list as that day’s', async () => {
  call = await startOfflineCall(bikeShop);
  await call.caller('hi, what drop-off times do you have next Saturday?');
  const find = call.tools.find((t) => t.name === 'find_dropoffs');
  expect(find?.args.day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  await call.caller("the 3 o'clock please");
  const book = call.tools.find((t) => t.name === 'book_dropoff');
  expect(String(book?.args.time)).toMatch(new RegExp(`^${find?.args.day as string}T`));
  expect(new Date(String(book?.args.time)).getHours()).toBe(15);
});
