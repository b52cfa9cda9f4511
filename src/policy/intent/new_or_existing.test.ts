// A made-up kayak hire's front desk: one desk changes hires already made (each tool takes the hire
// code), one quotes and books new hires, one sends help to a kayak in trouble on the water.
// "i need a tandem for two weeks starting next friday" asks for a new hire: "starting" says when
// (the rescue desk's "motor won't start" is no part of it) and, naming no hire of the caller's, it
// goes to the desk that starts new ones rather than a question between the two hire desks.
import { llm } from '@livekit/agents';
import { afterEach, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { type OfflineCall, startOfflineCall } from '../fixtures/offline_call.js';

const CODE = z.string().optional().describe('The hire code, like "KY-2231".');
const KIND = z.enum(['single', 'tandem', 'sit_on_top']).describe('The kind of kayak.');

const kayaks = defineWorkflow({
  name: 'kayak-hire',
  userData: z.object({}),
  start: 'front',
  agents: [
    {
      id: 'front',
      description: 'Greets the caller and sends them to new hires, their hire, or rescue.',
      instructions: 'You send callers on.',
      canEndCall: true,
    },
    {
      id: 'my_hire',
      description: 'Changes, cancels or adds paddles to an existing hire.',
      instructions: 'You change hires.',
      canEndCall: true,
      tools: {
        change_hire: llm.tool({
          description: 'Change a hire: new days or another kind of kayak.',
          parameters: z.object({
            code: CODE,
            new_kind: KIND.optional(),
            new_start: z.string().optional().describe('The new first day.'),
          }),
          execute: async () => 'Changed.',
        }),
        cancel_hire: llm.tool({
          description: 'Cancel a hire.',
          parameters: z.object({ code: CODE }),
          execute: async () => 'Cancelled.',
        }),
      },
    },
    {
      id: 'hires',
      description: 'Quotes a kayak for the caller’s days and books it.',
      instructions: 'You quote and book kayaks.',
      canEndCall: true,
      tools: {
        quote_kayak: llm.tool({
          description: 'Quote a kind of kayak for some days.',
          parameters: z.object({
            kind: KIND,
            first_day: z.string().describe('The first day of the hire.'),
            last_day: z.string().describe('The last day of the hire.'),
          }),
          execute: async () => 'A tandem is free. Shall I book it?',
        }),
      },
    },
    {
      id: 'rescue',
      description: 'Urgent help on the water: a capsized kayak, a motor that will not start, someone hurt.',
      instructions: 'You send the rescue boat.',
      canEndCall: true,
      examples: { send_rescue: ['the motor will not start, I am by the north buoy', 'we capsized'] },
      tools: {
        send_rescue: llm.tool({
          description: 'Send the rescue boat.',
          parameters: z.object({
            problem: z.enum(['capsized', 'wont_start', 'injury', 'other']).describe('What is wrong.'),
            where: z.string().describe('Where they are on the water.'),
          }),
          execute: async () => 'On its way.',
        }),
      },
    },
  ],
  edges: [
    {
      from: 'front',
      to: 'my_hire',
      when: 'The caller has a hire already and wants to change or cancel it, or add paddles.',
      examples: ['I need to change my hire', 'cancel my kayak hire', 'can I swap to a tandem on my hire'],
    },
    {
      from: 'front',
      to: 'hires',
      when: 'The caller wants to hire a kayak: a new hire, or a price for some days.',
      examples: ['I would like to hire a kayak', 'how much is a single for the weekend'],
    },
    {
      from: 'front',
      to: 'rescue',
      when: 'Someone is in trouble on the water.',
      examples: ['we capsized near the pier', 'the motor will not start'],
    },
  ],
});

let call: OfflineCall | undefined;
afterEach(async () => call?.close());

it('sends a new request said with "starting <day>" to the desk that starts new hires', async () => {
  call = await startOfflineCall(kayaks);
  await call.caller('hello, i need a tandem for two weeks starting next friday');
  expect(call.runtime.path).toEqual(['front', 'hires']);
});

it('sends a request the two hire desks are both near, naming no hire of the caller’s, to new hires', async () => {
  call = await startOfflineCall(kayaks);
  await call.caller('i need a sit on top for the summer');
  expect(call.runtime.path).toEqual(['front', 'hires']);
});
