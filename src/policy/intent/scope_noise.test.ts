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

// A made-up removals firm: the storage desk's tool says "next", the moves desk's says "move".
const removals = defineWorkflow({
  name: 'removals',
  userData: z.object({}),
  start: 'front',
  agents: [
    { id: 'front', description: 'Answers the removals line.', instructions: 'You answer the phone.' },
    {
      id: 'storage',
      description: 'Storage units and their invoices.',
      instructions: 'You look after storage.',
      canEndCall: true,
      tools: {
        storage_invoice: llm.tool({
          description: 'Read out the next invoice for a storage unit.',
          parameters: z.object({ unit: z.string().describe('The unit number.') }),
          execute: async () => 'Due on the 1st.',
        }),
      },
    },
    {
      id: 'moves',
      description: 'Books a van and crew for a house move.',
      instructions: 'You book moves.',
      canEndCall: true,
      tools: {
        book_move: llm.tool({
          description: 'Book a van and crew to move a household on a date.',
          parameters: z.object({ date: z.string().describe('The moving day.') }),
          execute: async () => 'Booked.',
        }),
      },
    },
  ],
  edges: [
    { from: 'front', to: 'storage', when: 'Storage units.', examples: ['I rent a unit'] },
    { from: 'front', to: 'moves', when: 'A house move.', examples: ['I need a van'] },
  ],
});

it('does not count words of when ("next friday") as words of a target agent’s work', async () => {
  const classifier = await IntentClassifier.train(catalogTools(builtAgent(removals, 'front').toolCtx));
  expect(
    classifier.scopeScores("we're selling up and moving out of our flat next friday").map((s) => s.intent),
  ).toEqual(['transfer_to_moves']);
});
