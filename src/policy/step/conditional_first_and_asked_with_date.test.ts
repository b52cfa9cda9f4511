// A made-up climbing gym's membership desk. Instructions that say to do a step first only under a
// condition ("If the member is not with us yet, enrol them first with enrol_member") do not make
// it every call's first step; and a refusal asking for the member's name, answered with the name
// and a birth date in one breath, is called again with both.
import { llm } from '@livekit/agents';
import { afterEach, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf } from '../fixtures/decide.js';
import { startOfflineCall, type OfflineCall } from '../fixtures/offline_call.js';

const gym = defineWorkflow({
  name: 'climbing-gym-desk',
  userData: z.object({}),
  start: 'front',
  agents: [
    { id: 'front', description: 'Answers the gym phone.', instructions: 'You answer the phone.', canEndCall: true },
    {
      id: 'desk',
      description: 'Books climbing classes and enrols new members.',
      instructions:
        'You book climbing classes for members. If the member is not with us yet, enrol them first with enrol_member (full name and date of birth).',
      canEndCall: true,
      tools: {
        book_class: llm.tool({
          description: 'Book a climbing class for a member: their name and date of birth, and the class.',
          parameters: z.object({
            member_name: z.string().optional().describe('The member’s first and last name.'),
            date_of_birth: z.string().optional().describe('The member’s date of birth as said.'),
            class_name: z.string().optional().describe('The class, like "bouldering basics".'),
          }),
          execute: async () => 'Booked.',
        }),
        enrol_member: llm.tool({
          description: 'Enrol a new member of the gym.',
          parameters: z.object({
            full_name: z.string().optional().describe('The member’s first and last name.'),
            date_of_birth: z.string().optional().describe('The date of birth as said.'),
          }),
          execute: async () => 'Enrolled.',
        }),
      },
      examples: {
        book_class: ['I want to book a climbing class', 'book me into bouldering basics'],
        enrol_member: ['I am new here', 'I want to become a member'],
      },
    },
  ],
  edges: [
    {
      from: 'front',
      to: 'desk',
      when: 'The caller wants to book a class or become a member.',
      examples: ['book a class', 'I want to join'],
    },
  ],
});

let call: OfflineCall | undefined;
afterEach(async () => call?.close());

it('does not take a step said to come first only under a condition as every request’s first', async () => {
  call = await startOfflineCall(gym);
  await call.caller('hi i wanna book a climbing class in please');
  expect(call.runtime.path).toEqual(['front', 'desk']);
  expect(call.tools.map((t) => t.name)).not.toContain('enrol_member');
});

it('calls a refused step again with the name it asked for and the birth date said with it', async () => {
  const { toolCtx, instructions } = builtAgent(gym, 'desk');
  const d = await new DialoguePolicy().decide(
    chatOf(instructions, [
      ['user', 'hi, i want to book a climbing class'],
      ['failed', 'book_class', {}, 'Ask for the member’s first and last name.'],
      ['assistant', 'Could you give me your first and last name, please?'],
      ['user', 'ana lima, march third nineteen ninety'],
    ]),
    toolCtx,
  );
  expect(d.toolCalls).toEqual([
    expect.objectContaining({
      name: 'book_class',
      args: expect.objectContaining({ member_name: 'Ana Lima', date_of_birth: '1990-03-03' }),
    }),
  ]);
});
