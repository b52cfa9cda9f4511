// A question for the front desk's info tool that names one of its listed topics only by the topic's
// bracketed words ("and if it flares up at night, who should I ring" for "after hours (nights,
// weekends, holidays)"), on a made-up dental practice: that tool answers it, and the question's
// "who should I ring" is not then taken for a request to another desk.
import { llm } from '@livekit/agents';
import { afterEach, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { type OfflineCall, startOfflineCall } from '../fixtures/offline_call.js';

const ANSWERS: Record<string, string> = {
  'opening hours': 'We are open Monday to Friday, 8 to 5.',
  prices: 'A check-up is $90.',
  address: 'We are at 12 Elm Street.',
  'after hours': 'Out of hours, the on-call dentist is reached through this line.',
};

const practice = defineWorkflow({
  name: 'dental-practice',
  userData: z.object({}),
  start: 'reception',
  agents: [
    {
      id: 'reception',
      description: 'The receptionist: answers questions about the practice and sends callers on.',
      instructions: 'Answer questions with practice_info; send callers to the right desk.',
      canEndCall: true,
      tools: {
        practice_info: llm.tool({
          description:
            'Answer a general question about the practice: opening hours, prices, the address or what to do out of hours.',
          parameters: z.object({
            topic: z
              .enum(['opening hours', 'prices', 'address', 'after hours'])
              .describe(
                'opening hours (open, close), prices (cost, how much), address (where, parking), or after hours (nights, weekends, holidays).',
              ),
          }),
          execute: async ({ topic }) => ANSWERS[topic]!,
        }),
      },
    },
    {
      id: 'x_rays',
      description: 'Tells patients about their x-ray results.',
      instructions: 'Look up x-ray results.',
      canEndCall: true,
      tools: {
        xray_results: llm.tool({
          description: 'Read out the results of a patient’s x-rays.',
          parameters: z.object({ patient_number: z.string().describe('The patient number, like "P-1042".') }),
          execute: async () => 'No cavities.',
        }),
      },
    },
    {
      id: 'bookings',
      description: 'Books, moves and cancels appointments.',
      instructions: 'Book appointments.',
      canEndCall: true,
      tools: {
        book_appointment: llm.tool({
          description: 'Book a dental appointment at a time.',
          parameters: z.object({ time: z.string().describe('The day and time, like 2026-03-06T10:00.') }),
          execute: async () => 'Booked.',
        }),
      },
    },
  ],
  edges: [
    { from: 'reception', to: 'x_rays', when: 'The caller calls about x-ray or scan results.' },
    { from: 'reception', to: 'bookings', when: 'The caller wants to book, move or cancel an appointment.' },
  ],
});

let call: OfflineCall | undefined;
afterEach(async () => call?.close());

it('answers a question naming a listed topic by its bracketed words, and stays', async () => {
  call = await startOfflineCall(practice);
  await call.caller('and if it flares up at night, who should i ring');
  expect(call.tools.map((t) => [t.name, t.args])).toEqual([['practice_info', { topic: 'after hours' }]]);
});
