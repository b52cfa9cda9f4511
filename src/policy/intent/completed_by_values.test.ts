// A front desk with two onward desks that both know stays, on a made-up guest house: "what have
// you got from friday for two nights" gives every required argument of one desk's quote (the
// arrival and departure days) and so goes there, not to the desk that changes an existing stay
// (whose tools take the same days, but require none of them).
import { llm } from '@livekit/agents';
import { afterEach, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { type OfflineCall, startOfflineCall } from '../fixtures/offline_call.js';

// Adding a cot or towels, a tool both desks have ("with a cot" completes it at either).
const addExtra = llm.tool({
  description: 'Add a cot or towels to a stay.',
  parameters: z.object({ extra: z.enum(['cot', 'towels']).describe('cot or towels.') }),
  execute: async () => 'Added.',
});

const guestHouse = (shared: boolean) =>
  defineWorkflow({
    name: 'guest-house',
    userData: z.object({}),
    start: 'front',
    agents: [
      {
        id: 'front',
        description: 'Answers the guest house line and sends callers on.',
        instructions: 'Send callers to new stays or to their stay.',
        canEndCall: true,
      },
      {
        id: 'new_stays',
        description: 'Quotes rooms for the guest’s nights.',
        instructions: 'Quote with quote_room.',
        canEndCall: true,
        tools: {
          quote_room: llm.tool({
            description: 'Quote a room for the nights asked.',
            parameters: z.object({
              arrival_date: z.string().describe('The day they arrive, as said ("Friday").'),
              departure_date: z.string().describe('The day they leave, or how many nights.'),
              room: z.enum(['single', 'double', 'family']).optional().describe('The room, if said.'),
            }),
            execute: async () => 'A double is free.',
          }),
          ...(shared ? { add_extra: addExtra } : {}),
        },
      },
      {
        id: 'my_stay',
        description: 'Changes or cancels a stay already booked.',
        instructions: 'Change stays with change_stay.',
        canEndCall: true,
        tools: {
          change_stay: llm.tool({
            description: 'Change the days or room of a stay already booked.',
            parameters: z.object({
              stay_id: z.string().optional().describe('The stay number, like "GH-1234".'),
              new_arrival_date: z.string().optional().describe('The new day they arrive.'),
              new_departure_date: z.string().optional().describe('The new day they leave.'),
            }),
            execute: async () => 'Changed.',
          }),
          ...(shared ? { add_extra: addExtra } : {}),
        },
      },
    ],
    edges: [
      {
        from: 'front',
        to: 'new_stays',
        when: 'The caller wants a room: a new stay, or a price.',
        examples: ['I would like to book a room'],
      },
      {
        from: 'front',
        to: 'my_stay',
        when: 'The caller has a stay booked and wants to change or cancel it.',
        examples: ['I need to change my stay'],
      },
    ],
  });
const house = guestHouse(false);

let call: OfflineCall | undefined;
afterEach(async () => call?.close());

it('sends days that complete one desk’s quote to that desk', async () => {
  call = await startOfflineCall(house);
  await call.caller('um hi, what have you got from next friday for two nights');
  expect(call.runtime.path).toEqual(['front', 'new_stays']);
});

it('goes by the desk’s own tool, not one both desks have, when the line completes both', async () => {
  call = await startOfflineCall(guestHouse(true));
  await call.caller('um hi, what have you got from next friday for two nights, with a cot');
  expect(call.runtime.path).toEqual(['front', 'new_stays']);
});
