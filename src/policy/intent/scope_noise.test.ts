// Conjunctions in what a target agent handles ("book the earliest visit and send the invite") are
// no evidence for it: on a made-up vet line, "mostly to feed the cats and walk the dogs" names
// nothing the booking desk does, so it does not route there by its "and".
import { llm } from '@livekit/agents';
import { expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { builtAgent } from '../fixtures/decide.js';
import { IntentClassifier } from '../intent_classifier.js';
import { catalogTools } from '../tool_catalog.js';

const vet = defineWorkflow({
  name: 'vet',
  userData: z.object({}),
  start: 'front',
  agents: [
    { id: 'front', description: 'Answers the vet line.', instructions: 'You answer the phone.' },
    {
      id: 'bookings',
      description: 'Books a visit with a vet or brings one in live.',
      instructions: 'You book visits.',
      canEndCall: true,
      tools: {
        book_visit: llm.tool({
          description: 'Book the earliest free visit with a vet and send the invite to the owner’s email.',
          parameters: z.object({ email: z.string().describe('Where to send the invite.') }),
          execute: async () => 'Booked.',
        }),
      },
    },
  ],
  edges: [{ from: 'front', to: 'bookings', when: 'The owner wants a visit.', examples: ['I need an appointment'] }],
});

it('does not count conjunctions as words of a target agent’s work', async () => {
  const classifier = await IntentClassifier.train(catalogTools(builtAgent(vet, 'front').toolCtx));
  expect(classifier.scopeScores('mostly to feed the cats and walk the dogs')).toEqual([]);
  expect(classifier.scopeScores('the earliest visit please').map((s) => s.intent)).toEqual(['transfer_to_bookings']);
});
