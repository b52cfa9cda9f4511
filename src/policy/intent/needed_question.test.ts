// Whether a step is needed at all, on a made-up tyre shop's line: "do you do punctures while i wait
// or do i need an appointment" is a question for the front desk's notes, not a request to book,
// though its words name the booking desk's work.
import { llm } from '@livekit/agents';
import { afterEach, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { type OfflineCall, startOfflineCall } from '../fixtures/offline_call.js';

const tyres = defineWorkflow({
  name: 'tyres',
  userData: z.object({}),
  start: 'front',
  agents: [
    {
      id: 'front',
      description: 'Answers the tyre shop line and shop questions, and sends callers to bookings.',
      instructions: 'You answer shop questions with shop_notes and send callers who want to book to bookings.',
      canEndCall: true,
      examples: { shop_notes: ['what time do you open', 'can I just turn up with a puncture', 'where can I park'] },
      tools: {
        shop_notes: llm.tool({
          description: 'Answer a question about the shop from its notes: hours, walk-ins, parking.',
          parameters: z.object({ question: z.string().describe('The caller’s question, in their words.') }),
          execute: async () => 'Punctures are fixed while you wait; everything else is booked.',
        }),
      },
    },
    {
      id: 'bookings',
      description: 'Books a car in for a puncture repair, new tyres or wheel alignment at a free appointment time.',
      instructions: 'You book appointments.',
      canEndCall: true,
    },
  ],
  edges: [
    {
      from: 'front',
      to: 'bookings',
      when: 'The caller wants to book an appointment for a puncture, tyres or an alignment.',
      examples: [
        'I want to book an appointment',
        'can I book my car in for new tyres',
        'I have a puncture, can you fit me in',
      ],
    },
  ],
});

let call: OfflineCall | undefined;
afterEach(async () => call?.close());

it('answers "or do I need an appointment" from the notes, without booking', async () => {
  call = await startOfflineCall(tyres);
  await call.caller('do you do punctures while i wait or do i need an appointment');
  expect(call.runtime.path).toEqual(['front']);
  expect(call.tools.at(-1)).toMatchObject({ name: 'shop_notes' });
});

it('answers "can I just walk in … or do I need to book" from the notes, though two desks lean to it', async () => {
  call = await startOfflineCall(tyres);
  await call.caller('can i just walk in with a puncture or do i need to book');
  expect(call.runtime.path).toEqual(['front']);
  expect(call.tools.at(-1)).toMatchObject({ name: 'shop_notes' });
});
