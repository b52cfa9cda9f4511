// A statement of what happened, then a yes/no question: "the chairlift has stopped, is there a
// closure on the north slope". The statement's words (something stopped) are the fault desk's
// own and rank reporting a fault confidently; the caller asks whether there is a known closure,
// and the tool that checks whether is what the line asks for. A made-up ski resort's lift desk.
import { llm } from '@livekit/agents';
import { expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { builtAgent } from '../fixtures/decide.js';
import { IntentClassifier } from '../intent_classifier.js';
import { catalogTools } from '../tool_catalog.js';
import { analyseUtterance } from './analysis.js';

const resort = defineWorkflow({
  name: 'ski-lifts',
  userData: z.object({}),
  start: 'lifts',
  agents: [
    {
      id: 'lifts',
      description: 'Chairlifts and slope closures.',
      instructions: 'You check slope closures and report stopped chairlifts.',
      canEndCall: true,
      tools: {
        check_closure: llm.tool({
          description: 'Check whether there is a known closure on a slope.',
          parameters: z.object({ slope: z.string().describe('The slope, like North.') }),
          execute: async () => 'The north slope is closed for grooming.',
        }),
        report_stopped_lift: llm.tool({
          description: 'Report a chairlift that has stopped or gone off, and send a lift engineer.',
          parameters: z.object({ lift: z.string().describe('Which chairlift.') }),
          execute: async () => 'Reported.',
        }),
        buy_pass: llm.tool({
          description: 'Sell a day or week lift pass.',
          parameters: z.object({ days: z.number().describe('How many days.') }),
          execute: async () => 'Sold.',
        }),
        book_lesson: llm.tool({
          description: 'Book a ski lesson with an instructor.',
          parameters: z.object({ when: z.string().describe('The day.') }),
          execute: async () => 'Booked.',
        }),
      },
    },
  ],
  edges: [],
});

it('ranks the line by the yes/no question after the statement', async () => {
  const classifier = await IntentClassifier.train(catalogTools(builtAgent(resort, 'lifts').toolCtx));
  const stated = await analyseUtterance(classifier, 'the chairlift has stopped and gone off');
  expect(stated.scores[0]?.intent).toBe('report_stopped_lift');
  const a = await analyseUtterance(classifier, 'hi the chairlift has gone off, is there a closure on the north slope');
  expect(a.scores[0]?.intent).toBe('check_closure');
});

it('keeps a line that asks for the work before the question', async () => {
  const classifier = await IntentClassifier.train(catalogTools(builtAgent(resort, 'lifts').toolCtx));
  const a = await analyseUtterance(
    classifier,
    'i want to report the chairlift, it has stopped, is there an engineer who can come',
  );
  expect(a.scores[0]?.intent).toBe('report_stopped_lift');
});

it('reads a yes/no question its words leave unsure as asking the tool that checks whether', async () => {
  const classifier = await IntentClassifier.train(catalogTools(builtAgent(resort, 'lifts').toolCtx));
  const line = 'hello, we are at the bottom of the north slope, is there work going on or something';
  const a = await analyseUtterance(classifier, line);
  expect(a.scores[0]?.intent).toBe('check_closure');
});
