// Lines carried over in a summary were said to another agent: on a made-up library line, the
// renewals desk that took over does not count them as its own misunderstandings, so one line it
// does not understand is asked about again instead of bringing in a librarian.
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
    { id: 'front', description: 'Answers the library line.', instructions: 'You answer the phone.' },
    {
      id: 'renewals',
      description: 'Renews loans.',
      instructions: 'You renew books.',
      canEndCall: true,
      tools: {
        renew_loan: llm.tool({
          description: 'Renew a borrowed book for three more weeks.',
          parameters: z.object({ card_number: z.string().describe('The library card number.') }),
          execute: async () => 'Renewed.',
        }),
      },
    },
    { id: 'librarian', description: 'A librarian.', instructions: 'Bring in a person.', human: true, canEndCall: true },
  ],
  edges: [{ from: 'front', to: 'renewals', when: 'The caller wants to renew a book.', history: 'summary' }],
  escalation: { agent: 'librarian', when: 'The caller asks for a person.' },
});

it('does not count lines carried over in a summary as misses here', async () => {
  const { toolCtx, instructions } = builtAgent(library, 'renewals');
  const chat = chatOf(instructions, [
    ['agent', '(Summary of the call so far) The caller said: purple monkey dishwasher | hmm, well, so'],
    ['agent', 'Hi, the renewals desk here. How can I help?'],
    ['caller', 'honestly just researching, no plans yet'],
  ]);
  const d = await new DialoguePolicy().decide(chat, toolCtx);
  expect(d.toolCalls.map((c) => c.name)).not.toContain('escalate_to_human');
});
