// A record's id only one onward desk takes, on a made-up car garage's line: "what's the holdup with
// my van, job four eight two two" is about the job (the status desk, whose tools take the job
// number), not a question for the front desk's notes, though those notes talk about vans. And "what
// time do you close on Fridays" is about the hours.
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
      description: 'Answers the garage line and general questions.',
      instructions: 'You answer general questions with garage_info and send callers on.',
      canEndCall: true,
      examples: { garage_info: ['are you open on saturday', 'where can I park', 'do you do vans'] },
      tools: {
        garage_info: llm.tool({
          description: 'Answer a general question about the garage: opening hours, parking, vans and courtesy cars.',
          parameters: z.object({
            topic: z.enum(['hours', 'parking', 'vans', 'courtesy_cars']).describe('What the question is about.'),
          }),
          execute: async ({ topic }) =>
            topic === 'hours' ? 'We are open 8 to 6 on weekdays.' : 'We service vans too.',
        }),
      },
    },
    {
      id: 'status',
      description: 'Tells a caller where their car’s job is, by job number, and takes their OK on extra work.',
      instructions: 'Check the job with check_job, then record the decision on extra work with decide_extra.',
      canEndCall: true,
      examples: {
        check_job: ['is my car ready', 'where is job JB-4821 at'],
        decide_extra: ['yes, go ahead with the extra work', 'no, leave it, just the service'],
      },
      tools: {
        check_job: llm.tool({
          description: 'Read where a job is, by its job number.',
          parameters: z.object({ job_id: z.string().describe('The job number, like "JB-4821".') }),
          execute: async ({ job_id }) =>
            `Job ${job_id}: the mechanic found the brake pads are worn and should be replaced, $80 more.`,
        }),
        decide_extra: llm.tool({
          description: 'Record the owner’s yes or no to extra work found on their job.',
          parameters: z.object({
            job_id: z.string().describe('The job number, like "JB-4821".'),
            decision: z.enum(['approve', 'decline']).describe('approve or decline.'),
          }),
          execute: async ({ decision }) => `Recorded: ${decision}.`,
        }),
      },
    },
    {
      id: 'bookings',
      description: 'Books a car in for a service.',
      instructions: 'You book cars in.',
      canEndCall: true,
    },
  ],
  edges: [
    {
      from: 'front',
      to: 'status',
      when: 'The caller asks about a car already in the workshop.',
      examples: ['is my car ready'],
    },
    {
      from: 'front',
      to: 'bookings',
      when: 'The caller wants to book a car in for a service or repair.',
      examples: ['I want to book my car in'],
    },
  ],
});

let call: OfflineCall | undefined;
afterEach(async () => call?.close());

it('sends a line with a job number to the desk whose tools take it', async () => {
  call = await startOfflineCall(garage);
  await call.caller("hi it's leo, what's the holdup with my van, job four eight two two");
  expect(call.runtime.path).toEqual(['front', 'status']);
  expect(call.tools.at(-1)).toMatchObject({ name: 'check_job', args: { job_id: 'JB-4822' } });
});

it('reads "what time do you close" as the hours', async () => {
  call = await startOfflineCall(garage);
  await call.caller('what time do you close on fridays');
  expect(call.tools.at(-1)).toMatchObject({ name: 'garage_info', args: { topic: 'hours' } });
});
