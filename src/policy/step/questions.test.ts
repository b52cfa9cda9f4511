// A question nothing else placed goes to the one tool that answers the caller's questions; a
// made-up library desk.
import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isQuestion } from '../cues.js';
import { defineWorkflow } from '../../workflow/index.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf } from '../fixtures/decide.js';

const library = defineWorkflow({
  name: 'library',
  userData: z.object({}),
  start: 'desk',
  agents: [
    {
      id: 'desk',
      description: 'The front desk of the library.',
      instructions: 'You help library members.',
      canEndCall: true,
      tools: {
        library_info: llm.tool({
          description: 'Answer a question about the library: opening hours, the reading room, printing, membership.',
          parameters: z.object({ question: z.string().describe('The caller’s question, in their words.') }),
          execute: async () => 'It is open.',
        }),
        renew_loan: llm.tool({
          description: 'Renew a borrowed book for another three weeks.',
          parameters: z.object({ card_number: z.string().describe('The library card number, like "LB-20431".') }),
          execute: async () => 'Renewed.',
        }),
      },
      examples: { library_info: ['when do you open'], renew_loan: ['I want to renew my books'] },
    },
  ],
  edges: [],
});

const { toolCtx, instructions } = builtAgent(library, 'desk');
const decide = (said: string) =>
  new DialoguePolicy().decide(
    chatOf(instructions, [
      ['agent', 'How can I help?'],
      ['caller', said],
    ]),
    toolCtx,
  );

describe('a question with no tool named', () => {
  it('goes to the tool that answers questions, with the question in the caller’s words', async () => {
    const d = await decide('is there wifi upstairs for members');
    expect(d.toolCalls.map((c) => c.name)).toEqual(['library_info']);
    expect(JSON.stringify(d.toolCalls[0]!.args)).toMatch(/wifi upstairs/i);
  });

  it('is known by how it starts when speech-to-text dropped the question mark', () => {
    expect(isQuestion('is it SOC 2 compliant')).toBe(true);
    expect(isQuestion('and does it work offline')).toBe(true);
    expect(isQuestion('my card number is LB-20431')).toBe(false);
  });
});
