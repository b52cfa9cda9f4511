// A detail the tool would take down itself ("The tool asks if it is missing"), on a made-up pottery
// studio's kiln line: when the caller picks one of the times offered, their name is asked once
// first, so the booking carries what they say (before, the booking went out without it and the
// tool's own capture asked again for a number the caller had already given); an answer that does
// not give it goes ahead without it, and the tool asks. "Whenever's soonest" lists the slots and
// lets the caller pick, rather than booking the first before their name was asked.
import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf, type Turn } from '../fixtures/decide.js';

const studio = defineWorkflow({
  name: 'pottery',
  userData: z.object({}),
  start: 'kiln',
  agents: [
    {
      id: 'kiln',
      description: 'Books kiln firing slots.',
      instructions: 'You book kiln firings: offer the free slots, then book the one the caller picks.',
      canEndCall: true,
      tools: {
        find_firing_slots: llm.tool({
          description: 'Find free kiln firing slots on a day.',
          parameters: z.object({ day: z.string().optional().describe('The day, for example "Friday".') }),
          execute: async () => 'Free slots: Friday at 9 AM; Friday at 1 PM; Friday at 5 PM. Which one suits you?',
        }),
        book_firing: llm.tool({
          description: 'Book the firing slot the caller picked from the ones just offered, under their name.',
          parameters: z.object({
            slot: z.string().describe('The offered slot the caller chose, for example "Friday at 1 PM".'),
            full_name: z
              .string()
              .optional()
              .describe('The caller’s first and last name. The tool asks if it is missing.'),
            phone: z
              .string()
              .optional()
              .describe('A ten-digit phone number, for example "503 555 0123". The tool asks if it is missing.'),
          }),
          execute: async () => 'Booked.',
        }),
      },
    },
  ],
  edges: [],
});

const { toolCtx, instructions } = builtAgent(studio, 'kiln');
const policy = new DialoguePolicy({ now: () => new Date('2026-03-04T10:00:00') });
const offered: Turn[] = [
  ['caller', 'anything on friday for a firing'],
  ['tool', 'find_firing_slots', { day: 'Friday' }, 'Free slots: Friday at 9 AM; Friday at 1 PM; Friday at 5 PM.'],
  ['agent', 'Free slots: Friday at 9 AM. Friday at 1 PM. Friday at 5 PM. Which one suits you?'],
];
const decide = async (turns: Turn[]) => policy.decide(chatOf(instructions, [...offered, ...turns]), toolCtx);

describe('a detail the tool would ask for itself', () => {
  it('is asked once when the caller picks, before the booking', async () => {
    const d = await decide([['caller', 'the second one please']]);
    expect(d.toolCalls).toEqual([]);
    expect(d.content).toMatch(/name/i);
  });

  it('goes into the booking with what else the answer said', async () => {
    const d = await decide([
      ['caller', 'the second one please'],
      ['agent', 'Thanks. May I have your full name, please?'],
      ['caller', "it's nora vance, phone five oh three five five five zero one two two"],
    ]);
    expect(d.toolCalls).toEqual([
      { name: 'book_firing', args: { slot: '2026-03-06T13:00:00.000Z', full_name: 'Nora Vance', phone: '5035550122' } },
    ]);
  });

  it('is not asked again when the answer does not give it: the tool asks', async () => {
    const d = await decide([
      ['caller', 'the second one please'],
      ['agent', 'Thanks. May I have your full name, please?'],
      ['caller', 'sure go ahead'],
    ]);
    expect(d.toolCalls.map((c) => c.name)).toEqual(['book_firing']);
  });

  it('lists the slots for "whenever\'s soonest", and books nothing before the caller picks', async () => {
    const d = await policy.decide(
      chatOf(instructions, [
        ['agent', 'Which day suits you for the firing?'],
        ['caller', "whenever's soonest honestly"],
        [
          'tool',
          'find_firing_slots',
          {},
          'Free slots: Friday at 9 AM; Friday at 1 PM; Friday at 5 PM. Which one suits you?',
        ],
      ]),
      toolCtx,
    );
    expect(d.toolCalls).toEqual([]);
    expect(d.content).toMatch(/Friday at 9 AM.*Which one suits you\?/);
  });
});
