// A full name already on file ("Known facts": the name given for an earlier booking) fills a surname
// argument with its last word, the way the driver's surname is asked to check a booking. A made-up
// boat hire.
import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DialoguePolicy } from '../dialogue_policy.js';
import { chatOf } from '../fixtures/decide.js';

const tools = {
  cancel_hire: llm.tool({
    description: 'Cancel a boat hire.',
    parameters: z.object({
      hire_code: z.string().describe('The hire code, like BH-1234.'),
      surname: z.string().describe('The surname of the person on the hire, to check it is theirs.'),
    }),
    execute: async () => 'Cancelled.',
  }),
};
const instructions = 'You look after boat hires.\n\nKnown facts about this call:\n- renterName: "Ola Brennan"\n';
const policy = new DialoguePolicy({ now: () => new Date('2026-06-05T10:00:00') });

describe('a full name on file for a surname argument', () => {
  it('gives its last word', async () => {
    const res = await policy.decide(
      chatOf(instructions, [['user', 'please cancel my other hire, b h four four one two']]),
      new llm.ToolContext(tools as never) as never,
    );
    expect(res.toolCalls.map((c) => [c.name, (c.args as Record<string, unknown>).surname])).toEqual([
      ['cancel_hire', 'Brennan'],
    ]);
  });
});
