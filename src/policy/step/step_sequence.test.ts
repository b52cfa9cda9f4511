// Going through repair steps one at a time, in a made-up bike shop's words: a report that the step
// changed nothing ("did that, still slipping") gets the next step, whatever number the words hold
// ("tried that one too"); a
// refusal that lists the guides ("the guides cover flat tyre, slipping chain and squeaky brakes")
// is tried again with the guide the caller's words named.
import { llm } from '@livekit/agents';
import { afterEach, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { type OfflineCall, startOfflineCall } from '../fixtures/offline_call.js';
import { reportsNoChange } from './step_sequence.js';

const GUIDES: Record<string, string[]> = {
  'flat tyre': ['Check the valve.', 'Pump to the pressure on the sidewall.', 'Look for thorns.'],
  'slipping chain': ['Shift to the middle gear.', 'Clean and oil the chain.', 'Check the chain for stiff links.'],
  'squeaky brakes': ['Wipe the rims.', 'Check the pads.'],
};

const bikeShop = defineWorkflow({
  name: 'bike-shop',
  userData: z.object({}),
  start: 'desk',
  agents: [
    { id: 'desk', description: 'Answers the bike shop phone.', instructions: 'You answer the phone.' },
    {
      id: 'workshop',
      description: 'Helps riders fix their bike at home.',
      instructions:
        'First check for a recall on the model (check_recall). Otherwise walk through the repair guide one step at a time (run_repair_step).',
      tools: {
        check_recall: llm.tool({
          description: 'Check whether the rider’s bike model has a recall.',
          parameters: z.object({ model: z.string().describe('The bike model, like "Ridgeback 3".') }),
          execute: async ({ model }) => `There is no recall on the ${model}, so it is most likely wear at home.`,
        }),
        run_repair_step: llm.tool({
          description:
            'Get the next repair step for a problem. When the rider tried a step and it did not help, call again with the next step number.',
          parameters: z.object({
            problem: z.string().describe('What is wrong, in the rider’s words, like "flat tyre".'),
            step: z
              .number()
              .int()
              .optional()
              .describe(
                'Which step: leave out to start; after a step that did not help, the previous step number plus one.',
              ),
          }),
          execute: async ({ problem, step }) => {
            const key = Object.keys(GUIDES).find((k) => problem.toLowerCase().includes(k));
            if (!key)
              throw new llm.ToolError(
                `I have no guide for "${problem}". The guides cover flat tyre, slipping chain and squeaky brakes. Ask the rider which one fits.`,
              );
            const n = step ?? 1;
            return `Step ${n} for ${key}: ${GUIDES[key]![n - 1] ?? 'That was the last step.'} Let me know whether that helped.`;
          },
        }),
      },
      examples: {
        check_recall: ['is there a recall on my Ridgeback 3', 'my model is a Ridgeback 3'],
        run_repair_step: [
          'my chain keeps slipping',
          'I have a flat tyre',
          'the brakes squeak',
          'I tried that, what next',
        ],
      },
      canEndCall: true,
    },
  ],
  edges: [
    {
      from: 'desk',
      to: 'workshop',
      when: 'The rider has a problem with their bike.',
      examples: ['my bike is broken', 'my chain keeps slipping', 'my brakes squeak'],
    },
  ],
});

let call: OfflineCall | undefined;
afterEach(async () => call?.close());

const steps = () => call!.tools.filter((t) => t.name === 'run_repair_step' && !t.isError).map((t) => t.args);

it('retries a refused step with the guide the rider named, then goes on step by step', async () => {
  call = await startOfflineCall(bikeShop);
  await call.caller('hi, my chain keeps slipping when I pedal hard');
  await call.caller("it's the chain on the whole back wheel, it's an old bike");
  expect(steps().at(-1)).toMatchObject({ problem: 'slipping chain' });
  expect(call.lastSaid()).not.toMatch(/no guide/);
  await call.caller('ok I did that, still slipping');
  expect(steps().at(-1)).toMatchObject({ problem: 'slipping chain', step: 2 });
  await call.caller('tried that one too, no luck');
  expect(steps().at(-1)).toMatchObject({ step: 3 });
});

it('reads a report of no change apart from a fix or a question', () => {
  expect(reportsNoChange('ok I did that, still slipping')).toBe(true);
  expect(reportsNoChange('tried that as well, no luck')).toBe(true);
  expect(reportsNoChange('pumped it up, it went flat again... same thing')).toBe(true);
  expect(reportsNoChange('tried that one too, and it seems fine now')).toBe(false);
  expect(reportsNoChange('is it still under warranty?')).toBe(false);
});
