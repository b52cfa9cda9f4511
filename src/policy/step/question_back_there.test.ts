// A question for the desk that handed the caller over, on a made-up garden centre: the plant
// doctor (reached by a call from the front desk) has no tool for "what time do you close", and a
// seed library desk has only a search that would take any words; the front desk answers such
// questions. Before, the first was "sorry, I didn't catch that" and the second a search for
// "what time is the greenhouse open on sunday". Now both hand the caller back.
import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf, type Turn } from '../fixtures/decide.js';

const Outcome = z.object({
  resolved: z.boolean().describe('True when the caller got what they needed.'),
  summary: z.string().describe('One line on what was done.'),
});

const frontDeskTools = (byTopic: boolean) => ({
  centre_question: llm.tool({
    description: byTopic
      ? 'Answer a general question about the garden centre: opening hours, parking, deliveries.'
      : 'Answer a general question about the garden centre, in the caller’s words.',
    parameters: byTopic
      ? z.object({
          topic: z
            .enum(['hours', 'parking', 'deliveries'])
            .describe('hours (open, close, time), parking or deliveries.'),
          area: z.enum(['greenhouse', 'cafe']).optional().describe('Which part: greenhouse or cafe.'),
        })
      : z.object({ question: z.string().describe('The caller’s question, in their words.') }),
    execute: async () => 'We are open 9 to 5.',
  }),
});

const centre = (byTopic: boolean) =>
  defineWorkflow({
    name: 'garden',
    userData: z.object({}),
    start: 'front_desk',
    agents: [
      {
        id: 'front_desk',
        description: 'Answers the garden centre phone.',
        instructions: 'You answer questions and send callers to the plant doctor or the seed library.',
        canEndCall: true,
        tools: frontDeskTools(byTopic),
      },
      {
        id: 'plant_doctor',
        description: 'Says what is wrong with a sick plant.',
        instructions: 'You look up a plant problem.',
        returns: Outcome,
        tools: {
          diagnose_plant: llm.tool({
            description: 'Look up what is wrong with a plant from its symptoms.',
            parameters: z.object({
              symptoms: z.string().describe('What the leaves or stems look like.'),
              plant_kind: z.enum(['tomato', 'rose', 'fern']).describe('tomato, rose or fern.'),
            }),
            execute: async () => 'That sounds like blight: remove the spotted leaves.',
          }),
        },
      },
      {
        id: 'seed_library',
        description: 'Finds seeds in the seed library.',
        instructions: 'You search the seed library.',
        returns: Outcome,
        tools: {
          search_seeds: llm.tool({
            description: 'Search the seed library by name and say which packets are in.',
            parameters: z.object({ query: z.string().describe('The seed name or keywords the caller said.') }),
            execute: async () => 'Found 1: Sungold tomato seeds, in stock.',
          }),
        },
      },
    ],
    edges: [
      { from: 'front_desk', to: 'plant_doctor', mode: 'call', when: 'The caller has a sick plant.' },
      { from: 'front_desk', to: 'seed_library', mode: 'call', when: 'The caller wants seeds.' },
    ],
  });

const policy = new DialoguePolicy({ now: () => new Date('2026-03-04T10:00:00') });
const decide = async (byTopic: boolean, agent: string, turns: Turn[]) => {
  const { toolCtx, instructions } = builtAgent(centre(byTopic), agent, 'front_desk');
  return policy.decide(chatOf(instructions, turns), toolCtx);
};

describe('a question for the desk that handed the caller over', () => {
  it('goes back there when nothing here answers questions', async () => {
    const d = await decide(false, 'plant_doctor', [
      ['caller', 'my tomato leaves have brown spots'],
      ['tool', 'diagnose_plant', { symptoms: 'brown spots', plant_kind: 'tomato' }, 'That sounds like blight.'],
      ['agent', 'That sounds like blight.'],
      ['caller', 'oh right. and what time do you close today'],
    ]);
    expect(d.toolCalls.map((c) => c.name)).toEqual(['return_to_previous_agent']);
  });

  it('goes back there when a tool there takes all the question says and none here does', async () => {
    const d = await decide(true, 'seed_library', [
      ['caller', 'have you got sungold tomato seeds'],
      ['tool', 'search_seeds', { query: 'sungold tomato' }, 'Found 1: Sungold tomato seeds, in stock.'],
      ['agent', 'Found 1: Sungold tomato seeds, in stock.'],
      ['caller', 'great. what time is the greenhouse open on sunday'],
    ]);
    expect(d.toolCalls.map((c) => c.name)).toEqual(['return_to_previous_agent']);
  });

  it('stays for a search here', async () => {
    const d = await decide(true, 'seed_library', [
      ['caller', 'have you got sungold tomato seeds'],
      ['tool', 'search_seeds', { query: 'sungold tomato' }, 'Found 1: Sungold tomato seeds, in stock.'],
      ['agent', 'Found 1: Sungold tomato seeds, in stock.'],
      ['caller', 'and do you have any basil seeds'],
    ]);
    expect(d.toolCalls.map((c) => c.name)).toEqual(['search_seeds']);
  });
});
