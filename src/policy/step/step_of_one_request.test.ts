// A made-up ferry line's booking desk. Its instructions make a search a step of one request ("list
// that day's sailings with find_sailings, then move_sailing"): a caller who came for a cabin is not
// sent through the sailings search first, while a caller moving their sailing still is.
import { llm } from '@livekit/agents';
import { afterEach, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { startOfflineCall, type OfflineCall } from '../fixtures/offline_call.js';

const ticket = z.string().optional().describe('The ticket number, like "FT-2207".');
const ferry = defineWorkflow({
  name: 'ferry-line-desk',
  userData: z.object({}),
  start: 'desk',
  agents: [
    {
      id: 'desk',
      description: 'Changes existing ferry tickets: the sailing, a cabin.',
      instructions:
        'You change existing ferry tickets. To move a sailing, ask which day, list that day’s sailings with find_sailings, then move_sailing to the one the caller picks; the caller must agree to any fare difference first. book_cabin adds a cabin.',
      canEndCall: true,
      tools: {
        find_sailings: llm.tool({
          description: 'List the sailings on the ticket’s route for another day.',
          parameters: z.object({ ticket, day: z.string().describe('The day they want to sail instead, as said.') }),
          execute: async () => 'Sailings on that day: 9:00 (FS-12) and 15:30 (FS-14).',
        }),
        move_sailing: llm.tool({
          description: 'Move the ticket to the sailing the caller picked.',
          parameters: z.object({ ticket, sailing: z.string().describe('The sailing picked, like "FS-12".') }),
          execute: async () => 'Moved.',
        }),
        book_cabin: llm.tool({
          description: 'Add a cabin to the ticket.',
          parameters: z.object({ ticket, berths: z.number().int().describe('How many berths in the cabin.') }),
          execute: async ({ berths }) => `A cabin with ${berths} berths is added.`,
        }),
      },
      steps: ['find_sailings'],
      examples: {
        find_sailings: ['I need to sail a day later', 'can I move my crossing to friday'],
        move_sailing: ['the 9 o’clock one', 'FS-14 please'],
        book_cabin: ['I would like a cabin', 'can I add a cabin with two berths'],
      },
    },
  ],
  edges: [],
});

let call: OfflineCall | undefined;
afterEach(async () => call?.close());

it('does not put a search that is a step of another request before the request the caller came for', async () => {
  call = await startOfflineCall(ferry);
  await call.caller('hi, can i add a cabin with two berths to ticket FT-2207');
  expect(call.tools.map((t) => t.name)).toEqual(['book_cabin']);
  expect(call.tools[0]!.args).toMatchObject({ berths: 2 });
});
