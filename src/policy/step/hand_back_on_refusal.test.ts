// A refusal that tells the agent to send the caller back ("no answer in the notes; hand the caller
// back so the front desk can find the right team"): a made-up library's information desk hands the
// caller back at once, as not resolved, and says only the refusal's statement.
import { llm } from '@livekit/agents';
import { expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf } from '../fixtures/decide.js';

const library = defineWorkflow({
  name: 'library',
  userData: z.object({}),
  start: 'front',
  agents: [
    { id: 'front', description: 'Sends callers to the right desk.', instructions: 'You answer.', canEndCall: true },
    {
      id: 'info',
      description: 'Answers questions about the library.',
      instructions: 'You answer questions from the notes.',
      returns: z.object({
        answered: z.boolean().describe('True when the question was answered.'),
        summary: z.string().describe('One sentence on what was found.'),
      }),
      tools: {
        library_notes: llm.tool({
          description: 'Answer a question from the library notes.',
          parameters: z.object({ question: z.string().describe('The question as asked.') }),
          execute: async () => 'Open nine to five.',
        }),
      },
    },
  ],
  edges: [{ from: 'front', to: 'info', mode: 'call', when: 'Questions about the library.' }],
});

it('hands the caller back when a refusal says to', async () => {
  const { toolCtx, instructions } = builtAgent(library, 'info', 'front');
  const question = { question: 'can I bring my dog to the reading room' };
  const refusal =
    'There is nothing about that in the notes. Say so and hand the caller back so the front desk can find the right team.';
  const d = await new DialoguePolicy().decide(
    chatOf(instructions, [
      ['caller', 'can I bring my dog to the reading room'],
      ['failed', 'library_notes', question, refusal],
    ]),
    toolCtx,
  );
  expect(d.content).toBe('There is nothing about that in the notes.');
  expect(d.toolCalls).toHaveLength(1);
  expect(d.toolCalls[0]!.name).toBe('return_to_previous_agent');
  expect(d.toolCalls[0]!.args).toMatchObject({ answered: false });
});

it('reads a refusal with no such direction as before', async () => {
  const { toolCtx, instructions } = builtAgent(library, 'info', 'front');
  const d = await new DialoguePolicy().decide(
    chatOf(instructions, [
      ['caller', 'can I bring my dog to the reading room'],
      ['failed', 'library_notes', { question: 'dog' }, 'The notes are being updated. Try again in a minute.'],
    ]),
    toolCtx,
  );
  expect(d.toolCalls.map((c) => c.name)).not.toContain('return_to_previous_agent');
});
