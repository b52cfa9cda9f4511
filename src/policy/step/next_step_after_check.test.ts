// A check the instructions put first has answered, and the caller has nothing new for it ("yes,
// the pilot light is on, I looked"): the next step the instructions name, for the problem the
// caller described — not the same check again. A made-up home-heating line.
import { llm } from '@livekit/agents';
import { expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf, type Turn } from '../fixtures/decide.js';

const heating = defineWorkflow({
  name: 'heating',
  userData: z.object({}),
  start: 'engineer',
  agents: [
    {
      id: 'engineer',
      description: 'Fixes heating problems.',
      instructions:
        'First check for a gas supply fault in the caller’s town (check_supply). If there is one, tell them and stop. Otherwise walk through the reset guide one step at a time (run_reset_step).',
      canEndCall: true,
      tools: {
        check_supply: llm.tool({
          description: 'Check for a gas supply fault in a town.',
          parameters: z.object({ town: z.string().describe('The caller’s town.') }),
          execute: async ({ town }) => `No supply fault in ${town} right now.`,
        }),
        run_reset_step: llm.tool({
          description: 'Get the next step of the boiler reset guide for what is wrong.',
          parameters: z.object({
            problem: z.string().describe('What is wrong with the heating, in the caller’s words.'),
            step: z
              .number()
              .int()
              .optional()
              .describe('Which step: leave out to start; then the previous step plus one.'),
          }),
          execute: async () => 'Step 1: hold the reset button for ten seconds.',
        }),
      },
      examples: {
        check_supply: ['is there a gas fault in Leeds', 'is the gas off in my area', 'the pilot light is out'],
        run_reset_step: ['how do I reset the boiler', 'what do I try next'],
      },
    },
  ],
  edges: [],
});

it('moves on to the next step the instructions name instead of repeating the check', async () => {
  const { toolCtx, instructions } = builtAgent(heating, 'engineer');
  const lines: Turn[] = [
    ['caller', 'hi, the boiler keeps cutting out and the radiators are cold, I am in Leeds'],
    ['tool', 'check_supply', { town: 'Leeds' }, 'No supply fault in Leeds right now.'],
    ['agent', 'No supply fault in Leeds right now.'],
    ['caller', 'yes, the pilot light is on, I looked'],
  ];
  const d = await new DialoguePolicy().decide(chatOf(instructions, lines), toolCtx);
  expect(d.toolCalls.map((c) => c.name)).toEqual(['run_reset_step']);
  expect(String(d.toolCalls[0]!.args.problem)).toMatch(/boiler keeps cutting out/);
});

// The same line, with a check that takes which supply (gas or electric) and a guide for what is wrong.
const supplies = defineWorkflow({
  name: 'supplies',
  userData: z.object({}),
  start: 'engineer',
  agents: [
    {
      id: 'engineer',
      description: 'Fixes heating problems.',
      instructions:
        'First check for a supply fault in the caller’s town (check_supply). If there is one, tell them and stop. Otherwise walk through the guide one step at a time (run_guide_step).',
      canEndCall: true,
      tools: {
        check_supply: llm.tool({
          description: 'Check for a supply fault in a town.',
          parameters: z.object({
            supply: z.enum(['gas', 'electric', 'water']).describe('Which supply.'),
            town: z.string().describe('The caller’s town.'),
          }),
          execute: async ({ town }) => `No supply fault in ${town} right now.`,
        }),
        run_guide_step: llm.tool({
          description: 'Get the next step of the guide for an appliance and what is wrong.',
          parameters: z.object({
            appliance: z.enum(['gas_boiler', 'electric_heater', 'water_heater']).describe('Which appliance.'),
            problem: z.string().describe('What is wrong, in the caller’s words.'),
          }),
          execute: async () => 'Step 1: check the valve is open.',
        }),
      },
      examples: {
        check_supply: ['is there a gas fault in Leeds', 'is the power off in my area', 'is the gas off in my street'],
        run_guide_step: ['the boiler keeps cutting out', 'my gas fire will not light', 'what do I try next'],
      },
    },
  ],
  edges: [],
});

it('does not run the same check again on a remark that names its value ("oh, the water was switched off")', async () => {
  const { toolCtx, instructions } = builtAgent(supplies, 'engineer');
  const lines: Turn[] = [
    ['caller', 'hi, my water heater keeps cutting out, I am in Leeds'],
    ['tool', 'check_supply', { supply: 'water', town: 'Leeds' }, 'No supply fault in Leeds right now.'],
    ['agent', 'No supply fault in Leeds right now.'],
    ['caller', 'oh hang on, the water was switched off, i must have hit it'],
  ];
  const d = await new DialoguePolicy().decide(chatOf(instructions, lines), toolCtx);
  expect(d.toolCalls.map((c) => c.name)).toEqual(['run_guide_step']);
});
