// An id argument described only by a scrambled example code ('like "T4RW8N"') is read from the
// caller's line however it is said: run together inside a sentence, spelled a character at a time
// with digits in words, beside the caller's surname. A made-up theatre box office.
import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../workflow/index.js';
import { DialoguePolicy } from './dialogue_policy.js';
import { scrambledCodeShape } from './example_shapes.js';
import { builtAgent, chatOf } from './fixtures/decide.js';

const boxOffice = defineWorkflow({
  name: 'box-office',
  userData: z.object({}),
  start: 'tickets',
  agents: [
    {
      id: 'tickets',
      description: 'Looks after ticket orders.',
      instructions: 'You look after ticket orders.',
      canEndCall: true,
      tools: {
        open_order: llm.tool({
          description: 'Open the caller’s ticket order.',
          parameters: z.object({
            code: z
              .string()
              .optional()
              .describe('The order code as the caller said it, like "T4RW8N" or "T 4 R W 8 N".'),
            surname: z.string().optional().describe('The surname on the order.'),
          }),
          execute: async () => 'Opened.',
        }),
      },
    },
  ],
  edges: [],
});

const policy = new DialoguePolicy({ now: () => new Date('2026-03-05T10:00:00') });
const codeSaid = async (line: string) => {
  const d = await policy.decide(
    chatOf('Help the caller.', [
      ['user', 'hi i need to check my theatre tickets'],
      ['assistant', 'Could you give me the order code and the surname, please?'],
      ['user', line],
    ]),
    builtAgent(boxOffice, 'tickets').toolCtx,
  );
  const call = d.toolCalls.find((c) => c.name === 'open_order');
  return (call?.args as { code?: string } | undefined)?.code;
};

describe('a scrambled order code', () => {
  it.each([
    ['T4RW8N, okafor', 'T4RW8N'],
    ['yes it is t four r w eight n', 'T4RW8N'],
    ['my code is t four r w eight n, surname okafor', 'T4RW8N'],
    ['T 4 R W 8 N', 'T4RW8N'],
  ])('is read from %j', async (line, code) => {
    expect(await codeSaid(line)).toBe(code);
  });

  it('is no word of the sentence', () => {
    const shape = scrambledCodeShape(['T4RW8N'])!;
    for (const word of ['window', 'is it 2 m', 'want 2 in']) expect(shape.test(word.toUpperCase())).toBe(false);
    expect(scrambledCodeShape(['HM-482913'])).toBeUndefined();
  });
});

it('takes no word glued to a number for a code ("the 340", "to 1502")', async () => {
  expect(await codeSaid('the three forty to leeds, s k one oh four')).toBeUndefined();
});
