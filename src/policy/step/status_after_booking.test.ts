// A status question right after a booking, on a made-up car garage's line: "is my van done yet,
// job four eight two two" once the car was booked in is not the booking again with "van" as its
// vehicle (a step that committed is not redone on a value mentioned next), and back at the front
// desk it goes to the desk whose tools take the job number, not to the front desk's own notes.
import { llm } from '@livekit/agents';
import { afterEach, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { type OfflineCall, startOfflineCall } from '../fixtures/offline_call.js';

const garage = defineWorkflow({
  name: 'garage',
  userData: z.object({}),
  start: 'front',
  agents: [
    {
      id: 'front',
      description: 'Answers the garage line and general questions, and sends callers to bookings or job status.',
      instructions: 'You answer general questions with garage_info and send callers on.',
      canEndCall: true,
      examples: { garage_info: ['are you open on saturday', 'where can I park', 'do you do vans'] },
      tools: {
        garage_info: llm.tool({
          description: 'Answer a general question about the garage: opening hours, parking, vans and courtesy cars.',
          parameters: z.object({ question: z.string().describe('The caller’s question, in their words.') }),
          execute: async () => 'We are open 8 to 6 on weekdays.',
        }),
      },
    },
    {
      id: 'bookings',
      description: 'Books a car in for a service.',
      instructions: 'Offer the free times from find_times, then book the one the caller picks with book_service.',
      canEndCall: true,
      examples: {
        find_times: ['anything on friday', 'what is free tomorrow'],
        book_service: ['the 10 AM one please', 'I will take 2 PM'],
      },
      tools: {
        find_times: llm.tool({
          description: 'Find up to three free drop-off times, on a given day or as soon as possible.',
          parameters: z.object({ day: z.string().optional().describe('The day wanted. Leave out for the earliest.') }),
          execute: async () => 'Free times: Friday at 10 AM; Friday at 2 PM. Which one suits you?',
        }),
        book_service: llm.tool({
          description: 'Book the time the caller picked from the ones just offered, for a service.',
          parameters: z.object({
            time: z.string().describe('The offered time the caller chose, for example "Friday at 2 PM".'),
            vehicle: z
              .enum(['car', 'van', 'motorbike'])
              .optional()
              .describe('The kind of vehicle: car, van or motorbike.'),
            owner: z.string().optional().describe('The owner’s full name.'),
          }),
          execute: async ({ vehicle }) => `Booked job JB-5001 for the ${vehicle ?? 'car'}.`,
        }),
      },
    },
    {
      id: 'status',
      description: 'Tells a caller where their car’s job is, by job number.',
      instructions: 'Check the job with check_job.',
      canEndCall: true,
      examples: { check_job: ['is my car ready', 'where is job JB-4821 at'] },
      tools: {
        check_job: llm.tool({
          description: 'Read where a job is, by its job number.',
          parameters: z.object({ job_id: z.string().describe('The job number, like "JB-4821".') }),
          execute: async ({ job_id }) => `Job ${job_id} is ready for collection.`,
        }),
      },
    },
  ],
  edges: [
    {
      from: 'front',
      to: 'bookings',
      when: 'The caller wants to book a car in for a service or repair.',
      examples: ['I want to book my car in'],
    },
    {
      from: 'front',
      to: 'status',
      when: 'The caller asks about a car already in the workshop.',
      examples: ['is my car ready'],
    },
    {
      from: 'bookings',
      to: 'front',
      when: 'The caller wants something other than a booking: a car already in the workshop, or a question.',
      examples: ['actually I wanted to check on my other car'],
    },
  ],
});

let call: OfflineCall | undefined;
afterEach(async () => call?.close());

it('checks the job the caller asks about after a booking, and books nothing again', async () => {
  call = await startOfflineCall(garage);
  await call.caller('hi, i need to book my car in for a service');
  await call.caller('anything on friday');
  await call.caller('the 2 pm one, under nora vance');
  expect(call.tools.filter((t) => t.name === 'book_service' && !t.isError)).toHaveLength(1);
  await call.caller('great. oh and while i have you, is my van done yet, job four eight two two');
  expect(call.tools.filter((t) => t.name === 'book_service')).toHaveLength(1);
  expect(call.tools.at(-1)).toMatchObject({ name: 'check_job', args: { job_id: 'JB-4822' } });
});
