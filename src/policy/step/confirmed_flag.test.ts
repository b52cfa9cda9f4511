// A refusal that asks whether the caller is sure of a value, and to call again with a yes/no
// argument set ("if they are sure, call again with confirmed true"): the caller standing by the
// value is that call again with the flag set; a new value is a correction, not a confirmation.
// A made-up bike shop logs the odometer of a hire bike.
import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf, type Turn } from '../fixtures/decide.js';
import { flagToSet } from './retry_failed.js';
import { toolInfo } from '../tool_catalog.js';
import { speakToolOutput } from '../speakable.js';

const logOdometer = llm.tool({
  description: 'Log the odometer of a hire bike.',
  parameters: z.object({
    bike_id: z.string().describe('The bike number, like BK-1234.'),
    kilometres: z.string().describe('The digits on the odometer, like "04512".'),
    confirmed: z.boolean().optional().describe('True once the rider has checked an unusual figure.'),
  }),
  execute: async () => 'Logged.',
});

const shop = defineWorkflow({
  name: 'bike-hire',
  userData: z.object({}),
  start: 'desk',
  agents: [
    {
      id: 'desk',
      description: 'Hire desk.',
      instructions: 'You log odometers.',
      canEndCall: true,
      tools: { log_odometer: logOdometer },
    },
  ],
  edges: [],
});

const REFUSAL =
  '9100 is 8000 kilometres above the last figure, which is unusually high. Ask the rider to check it; if they are sure, call again with confirmed true.';
const policy = new DialoguePolicy({ now: () => new Date('2026-03-05T10:00:00') });
const decide = (lines: Turn[]) => policy.decide(chatOf('Help the caller.', lines), builtAgent(shop, 'desk').toolCtx);
const before: Turn[] = [
  ['user', 'I want to log the odometer for BK-4410'],
  ['assistant', 'What are the digits on the odometer?'],
  ['user', 'nine one zero zero'],
  ['failed', 'log_odometer', { bike_id: 'BK-4410', kilometres: '9100' }, REFUSAL],
  ['assistant', '9100 is 8000 kilometres above the last figure, which is unusually high. Could you check it, please?'],
];

describe('a refusal asking the caller to be sure', () => {
  it('names the flag to set', () => {
    expect(flagToSet(REFUSAL, toolInfo(logOdometer as never).params)?.name).toBe('confirmed');
    expect(flagToSet('Ask the rider to check it.', toolInfo(logOdometer as never).params)).toBeUndefined();
  });

  it('is called again with the flag when the caller stands by the value', async () => {
    const d = await decide([...before, ['user', "yes I've double checked, it's definitely nine one zero zero"]]);
    expect(d.toolCalls.map((c) => [c.name, c.args])).toEqual([
      ['log_odometer', { bike_id: 'BK-4410', kilometres: '9100', confirmed: true }],
    ]);
  });

  it('is not confirmed by a new value', async () => {
    const d = await decide([...before, ['user', 'oh sorry, it is one nine zero zero']]);
    expect(d.toolCalls.map((c) => (c.args as { confirmed?: boolean }).confirmed)).not.toContain(true);
  });

  it('does not tell the caller how the call is made', () => {
    expect(speakToolOutput(REFUSAL).text).not.toMatch(/confirmed true|call again/i);
  });
});
