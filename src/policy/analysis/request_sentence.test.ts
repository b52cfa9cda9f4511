// Background, then the request, in one breath: on a made-up library line, "I'm away at my
// sister's all of next month and nowhere near a branch. Can I keep my books longer?" is ranked as
// its last sentence alone would be, not diluted by the words of the first.
import { llm } from '@livekit/agents';
import { expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { builtAgent } from '../fixtures/decide.js';
import { IntentClassifier } from '../intent_classifier.js';
import { catalogTools } from '../tool_catalog.js';
import { POLICY_THRESHOLDS } from '../thresholds.js';
import { analyseUtterance } from './analysis.js';

const library = defineWorkflow({
  name: 'library',
  userData: z.object({}),
  start: 'loans',
  agents: [
    {
      id: 'loans',
      description: 'Loans desk.',
      instructions: 'You help with borrowed books.',
      canEndCall: true,
      tools: {
        renew_loans: llm.tool({
          description: 'Renew the books a member has out for three more weeks.',
          parameters: z.object({ card: z.string().describe('The library card number.') }),
          execute: async () => 'Renewed.',
        }),
        find_branch: llm.tool({
          description: 'Find the nearest branch and its opening hours.',
          parameters: z.object({ town: z.string().describe('The town.') }),
          execute: async () => 'Main Street, nine to five.',
        }),
      },
      examples: {
        renew_loans: ['can I keep my books longer', 'renew my books please', 'I need more time with my loans'],
        find_branch: ['where is the nearest library', 'when are you open'],
      },
    },
  ],
  edges: [],
});

it('ranks a line by its request sentence when background words drown it', async () => {
  const classifier = await IntentClassifier.train(catalogTools(builtAgent(library, 'loans').toolCtx));
  const a = await analyseUtterance(
    classifier,
    "I'm away at my sister's all of next month and nowhere near home. Can I keep my books longer?",
  );
  expect(a.scores[0]?.intent).toBe('renew_loans');
  expect(a.scores[0]!.score).toBeGreaterThanOrEqual(POLICY_THRESHOLDS.minConfidence);
});

it('keeps the whole line when its first sentence is the request', async () => {
  const classifier = await IntentClassifier.train(catalogTools(builtAgent(library, 'loans').toolCtx));
  const a = await analyseUtterance(classifier, 'Can I keep my books longer? I am away next month.');
  expect(a.scores[0]?.intent).toBe('renew_loans');
});

it('ranks a line by its request clause after background joined by "and"', async () => {
  const classifier = await IntentClassifier.train(catalogTools(builtAgent(library, 'loans').toolCtx));
  const a = await analyseUtterance(
    classifier,
    'my nephew borrowed a whole pile of picture books for his school project on my card and I need to keep them longer',
  );
  expect(a.scores[0]?.intent).toBe('renew_loans');
});
