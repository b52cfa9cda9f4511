// An agent whose job is bringing in a person, reached with a request its own tool serves in full:
// on a made-up bike shop line, "can you book me a repair slot? ann@example.com" at the workshop
// desk (which books repair slots or brings in a mechanic live) books the slot; a caller who only
// asks for a mechanic is queued for one, as the agent was told; "a slot with someone to talk about
// my brakes" names the tool and asks for no one outright: its email is asked for.
import { llm } from '@livekit/agents';
import { afterEach, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { type OfflineCall, startOfflineCall } from '../fixtures/offline_call.js';

const Shop = z.object({ booked: z.string().optional(), ticket: z.string().optional() });
type Shop = z.infer<typeof Shop>;

const bikeShop = defineWorkflow({
  name: 'bike-shop',
  userData: Shop,
  start: 'front',
  agents: [
    { id: 'front', description: 'Answers the bike shop line.', instructions: 'You answer the phone.' },
    {
      id: 'workshop',
      description: 'Books a repair slot or brings in a mechanic live.',
      instructions:
        'You bring in a mechanic with transfer_to_operator. If the caller would rather come in later, book a slot with book_slot.',
      onEnter: 'Say "Let me get a mechanic for you." Then bring one in with transfer_to_operator.',
      tools: {
        book_slot: llm.tool({
          description: 'Book the earliest repair slot and email the confirmation to the caller.',
          parameters: z.object({ email: z.string().describe('Where to send the confirmation.') }),
          execute: async ({ email }, { ctx }) => {
            (ctx.userData as Shop).booked = email;
            return `Booked for Monday at 9; the confirmation is on its way to ${email}.`;
          },
        }),
      },
      examples: {
        book_slot: ['book me a repair slot, my email is ann@example.com', 'send the confirmation to ann@example.com'],
      },
      human: true,
      canEndCall: true,
    },
  ],
  edges: [
    {
      from: 'front',
      to: 'workshop',
      when: 'The caller needs a repair or wants to talk to a mechanic.',
      examples: ['my bike needs fixing', 'can I talk to a mechanic', 'I need a repair'],
    },
  ],
  escalation: { agent: 'workshop', when: 'The caller asks for a person.', record: { ticketId: 'ticket' } },
});

let call: OfflineCall | undefined;
afterEach(async () => call?.close());

it('serves a request for its own tool instead of bringing in a person', async () => {
  call = await startOfflineCall(bikeShop);
  await call.caller('my bike needs a repair, can you book me a slot? ann@example.com');
  expect(call.runtime.path).toEqual(['front', 'workshop']);
  expect(call.userData.booked).toBe('ann@example.com');
  expect(call.userData.ticket).toBeUndefined();
});

it('brings in a person when that is all the caller asked for', async () => {
  call = await startOfflineCall(bikeShop);
  await call.caller('my bike needs fixing, can I talk to a mechanic');
  expect(call.runtime.path).toEqual(['front', 'workshop']);
  expect(call.userData.booked).toBeUndefined();
  expect(call.userData.ticket).toBeDefined();
});

it('asks for what its own tool lacks when the line names that tool, rather than bringing in a person', async () => {
  call = await startOfflineCall(bikeShop);
  // "someone" and "talk" lean to the person; "slot" names the tool, and no person is asked for outright.
  const reply = await call.say('can I get a slot with someone to talk about my brakes');
  expect(call.runtime.path).toEqual(['front', 'workshop']);
  expect(call.userData.ticket).toBeUndefined();
  expect(reply).toMatch(/email/i);
  await call.caller('ann@example.com');
  expect(call.userData.booked).toBe('ann@example.com');
});

it('still brings in a person asked for outright beside the tool’s word', async () => {
  call = await startOfflineCall(bikeShop);
  await call.caller('I need a repair slot but put me through to a mechanic first');
  expect(call.userData.ticket).toBeDefined();
});
