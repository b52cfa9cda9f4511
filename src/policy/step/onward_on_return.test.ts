// A question for another desk, asked at a desk that has done its work: handed back, and the desk
// that takes the caller back sends them on to the one that serves it (not "anything else?"). A
// made-up library line: a front desk, loans (renews books by card number) and events.
import { llm } from '@livekit/agents';
import { afterEach, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { type OfflineCall, startOfflineCall } from '../fixtures/offline_call.js';

const library = defineWorkflow({
  name: 'library',
  userData: z.object({}),
  start: 'front',
  agents: [
    { id: 'front', description: 'Answers the library line.', instructions: 'You answer the phone.', canEndCall: true },
    {
      id: 'loans',
      description: 'Renews borrowed books.',
      instructions: 'You renew books.',
      returns: z.object({ summary: z.string().optional() }),
      tools: {
        renew_books: llm.tool({
          description: 'Renew the books borrowed on a library card.',
          parameters: z.object({ card_id: z.string().describe('The library card id, like "LC-1234".') }),
          execute: async ({ card_id }) => `The books on card ${card_id} are renewed for three weeks.`,
        }),
      },
    },
    {
      id: 'events',
      description: 'Answers questions about readings, story time and workshops.',
      instructions: 'You answer questions about events.',
      returns: z.object({ summary: z.string().optional() }),
      tools: {
        event_times: llm.tool({
          description: 'Say when the next reading, story time or workshop is.',
          parameters: z.object({ event: z.string().describe('The event the caller asks about.') }),
          execute: async () => 'Story time is on Saturday at 10.',
        }),
      },
    },
  ],
  edges: [
    {
      from: 'front',
      to: 'loans',
      mode: 'call',
      when: 'The caller wants to renew books.',
      examples: ['I want to renew my books', 'renew a book'],
    },
    {
      from: 'front',
      to: 'events',
      mode: 'call',
      when: 'The caller asks about readings, story time or workshops.',
      examples: ['when is story time', 'are there any readings', 'workshop times'],
    },
  ],
});

let call: OfflineCall | undefined;
afterEach(async () => call?.close());

it('hands a question for another desk back, and the front desk sends it on', async () => {
  call = await startOfflineCall(library);
  await call.caller('I want to renew my books, card LC-20418');
  expect(call.tools.map((t) => t.name)).toContain('renew_books');
  await call.caller('great. while I have you, when is the next workshop?');
  expect(call.runtime.path).toEqual(['front', 'loans', 'front', 'events']);
});

it('a caller who is done is asked whether there is anything else, not sent on', async () => {
  call = await startOfflineCall(library);
  await call.caller('I want to renew my books, card LC-20418');
  await call.caller("thanks, that's all I needed");
  expect(call.runtime.path).toEqual(['front', 'loans', 'front']);
});

it('two requests for two desks in one breath go to the desk for the one said first', async () => {
  call = await startOfflineCall(library);
  await call.caller('two things, when is the next story time, and also I want to renew my books');
  expect(call.runtime.path.slice(0, 2)).toEqual(['front', 'events']);
});

it('the other way round too', async () => {
  call = await startOfflineCall(library);
  await call.caller('two things, I want to renew my books, and also when is the next story time?');
  expect(call.runtime.path.slice(0, 2)).toEqual(['front', 'loans']);
});

it('two requests in one breath the classifier is unsure of still go by the work each desk does', async () => {
  call = await startOfflineCall(library);
  await call.caller('okay two things, my books, card LC-20418, and also, are the workshops on? everything is so quiet');
  expect(call.runtime.path.slice(0, 2)).toEqual(['front', 'loans']);
});

it('the other request from the first breath, named again after work done, goes back with it answered', async () => {
  call = await startOfflineCall(library);
  await call.caller('two things, I want to renew my books on card LC-20418, and also when is the next workshop?');
  expect(call.tools.map((t) => t.name)).toContain('renew_books');
  await call.caller('the workshop, yeah');
  expect(call.runtime.path.slice(0, 3)).toEqual(['front', 'loans', 'front']);
});
