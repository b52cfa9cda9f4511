// A pick said before the options are listed, on a made-up barber's line: "whatever's first on
// Friday" lists Friday's times and holds the first; "Friday, the 11 am" holds 11; "Friday please"
// lists and asks; "the first one works" with nothing listed yet lists the earliest; options stay
// pickable across a turn that did nothing.
import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf, type Turn } from '../fixtures/decide.js';

const NOW = new Date('2025-05-05T09:00:00');
const LISTED =
  'Free chairs: Friday, May 9 at 10 AM; Friday, May 9 at 11 AM; Friday, May 9 at 3 PM. Which one suits you?';

const barber = defineWorkflow({
  name: 'barber',
  userData: z.object({}),
  start: 'chairs',
  agents: [
    {
      id: 'chairs',
      description: 'Finds a free chair and holds it.',
      instructions: 'You find free chair times and hold the one the caller picks.',
      canEndCall: true,
      tools: {
        find_chairs: llm.tool({
          description: 'Find up to three free chair times, on a given day or as soon as possible.',
          parameters: z.object({
            day: z.string().optional().describe('The day the caller wants. Leave out for the earliest.'),
          }),
          execute: async () => LISTED,
        }),
        hold_chair: llm.tool({
          description: 'Hold the chair time the caller picked from the ones just offered.',
          parameters: z.object({ time: z.string().describe('The time the caller chose.') }),
          execute: async () => 'Held.',
        }),
      },
      examples: {
        find_chairs: ['anything on Friday', 'what is free tomorrow'],
        hold_chair: ['the 10 AM one please', 'I will take 3 PM'],
      },
    },
  ],
  edges: [],
});

const { toolCtx, instructions } = builtAgent(barber, 'chairs');
const policy = new DialoguePolicy({ now: () => NOW });
const decide = (turns: Turn[]) => policy.decide(chatOf(instructions, turns), toolCtx);
const listedFor = (said: string): Turn[] => [
  ['agent', 'Which day suits you?'],
  ['caller', said],
  ['tool', 'find_chairs', { day: 'Friday' }, LISTED],
];

describe('a pick said with the request for options', () => {
  it('holds the one picked by place or clock time as soon as the options are listed', async () => {
    const first = await decide(listedFor("whatever's first on Friday"));
    expect(first.toolCalls.map((c) => c.name)).toEqual(['hold_chair']);
    expect(String(first.toolCalls[0]!.args.time)).toMatch(/T10:00/);
    expect(first.content).not.toMatch(/\?/);
    const eleven = await decide(listedFor('Friday, the 11 am'));
    expect(String(eleven.toolCalls[0]?.args.time)).toMatch(/T11:00/);
  });

  it('asks which one when the request named only the day', async () => {
    const d = await decide(listedFor('Friday please'));
    expect(d.toolCalls).toEqual([]);
    expect(d.content).toMatch(/Which one suits you\?/);
  });

  it('lists the earliest for "the first one" when nothing was listed yet', async () => {
    const d = await decide([
      ['agent', 'Which day suits you?'],
      ['caller', 'the first one works'],
    ]);
    expect(d.toolCalls.map((c) => c.name)).toEqual(['find_chairs']);
  });

  it('still picks from options offered before a turn that did nothing ("anything earlier?")', async () => {
    const listed: Turn[] = [...listedFor('Friday please'), ['agent', LISTED]];
    const asked: Turn[] = [
      ...listed,
      ['caller', 'nothing earlier than ten? like nine?'],
      ['agent', 'Sorry, I did not catch that.'],
    ];
    const d = await decide([...asked, ['caller', 'ok, eleven it is']]);
    expect(d.toolCalls.map((c) => c.name)).toEqual(['hold_chair']);
    expect(String(d.toolCalls[0]!.args.time)).toMatch(/T11:00/);
  });
});
