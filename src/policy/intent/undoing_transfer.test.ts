// "cancel my lesson LS-2044" between two desks that both know lessons: the one whose tools can
// undo (cancel_lesson), not a question between them. A made-up music school's front desk sends
// new sign-ups to one desk and lessons already booked to another; both take a lesson reference.
import { llm } from '@livekit/agents';
import { afterEach, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { type OfflineCall, startOfflineCall } from '../fixtures/offline_call.js';

const reference = z.string().describe('The lesson reference, like LS-1234.');
const instrument = z.enum(['piano', 'guitar', 'violin', 'drums']).describe('The instrument.');

const school = defineWorkflow({
  name: 'music-school',
  userData: z.object({ instrument: instrument.optional() }),
  start: 'front',
  agents: [
    { id: 'front', description: 'Answers the school line.', instructions: 'You find out what the caller needs.' },
    {
      id: 'signups',
      description: 'Signs pupils up for new lessons and adds notes for the teacher.',
      instructions: 'You sign pupils up for lessons.',
      tools: {
        sign_up: llm.tool({
          description: 'Sign a pupil up for weekly lessons on an instrument.',
          parameters: z.object({ instrument, pupil: z.string().describe('The pupil’s name.') }),
          execute: async () => 'Signed up.',
        }),
        add_teacher_note: llm.tool({
          description: 'Add a note for the teacher to a lesson.',
          parameters: z.object({ reference, note: z.string().describe('The note.') }),
          execute: async () => 'Noted.',
        }),
      },
      canEndCall: true,
    },
    {
      id: 'my_lessons',
      description: 'Moves or cancels lessons already booked.',
      instructions: 'You move or cancel lessons.',
      tools: {
        move_lesson: llm.tool({
          description: 'Move a booked lesson to another day.',
          parameters: z.object({ reference, day: z.string().describe('The new day.') }),
          execute: async () => 'Moved.',
        }),
        cancel_lesson: llm.tool({
          description: 'Cancel a booked lesson.',
          parameters: z.object({ reference, surname: z.string().describe('The pupil’s surname.') }),
          execute: async () => 'Cancelled.',
        }),
      },
      canEndCall: true,
    },
  ],
  edges: [
    {
      from: 'front',
      to: 'signups',
      when: 'The caller wants lessons on an instrument: a new sign-up.',
      carries: z.object({ instrument: instrument.optional() }),
      examples: ['I want piano lessons', 'can my son learn the guitar'],
    },
    {
      from: 'front',
      to: 'my_lessons',
      when: 'The caller has a lesson booked and wants to move or cancel it.',
      examples: ['I need to move my lesson', 'can I change my lesson day'],
    },
  ],
});

let call: OfflineCall | undefined;
afterEach(async () => call?.close());

it('sends a request to cancel to the desk that can cancel', async () => {
  call = await startOfflineCall(school);
  await call.caller('hi i want to cancel my piano lesson, LS-2044, name is ann lee');
  expect(call.lastSaid()).not.toMatch(/just to be sure/i);
  expect(call.runtime.path).toEqual(['front', 'my_lessons']);
});
