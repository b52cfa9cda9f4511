// A caller asks for what a tool works on by name ("could you do a collection?" for
// book_collection), often after some background that dilutes the words of the request ("I've no
// car so I can't bring it in. Could you do a collection on Friday?"). A made-up bike workshop whose
// mechanic desk hands back to the front desk and can bring in a person.
import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf, type Turn } from '../fixtures/decide.js';
import { analyseUtterance } from '../analysis/analysis.js';
import { IntentClassifier } from '../intent_classifier.js';
import { catalogTools } from '../tool_catalog.js';
import { namesThing } from './request_words.js';

const shop = defineWorkflow({
  name: 'bike-workshop',
  userData: z.object({}),
  start: 'front',
  agents: [
    { id: 'front', description: 'Answers the workshop line.', instructions: 'You answer the phone.' },
    {
      id: 'mechanic',
      description: 'Diagnoses bike faults.',
      instructions: 'You help with broken bikes.',
      canEndCall: true,
      returns: z.object({ summary: z.string().describe('What was done.') }),
      tools: {
        check_recall: llm.tool({
          description: 'Check whether a bike model has a safety recall.',
          parameters: z.object({ model: z.string().describe('The bike model.') }),
          execute: async () => 'No recall for that model.',
        }),
        book_collection: llm.tool({
          description: 'Send the van to pick a bike up from the caller’s home.',
          parameters: z.object({
            address: z.string().describe('The street address.'),
            day: z.string().describe('Which day, in the caller’s words.'),
          }),
          execute: async () => 'Booked.',
        }),
        next_fix_tip: llm.tool({
          description: 'The next thing to try on a bike that will not shift gears.',
          parameters: z.object({}),
          execute: async () => 'Try the barrel adjuster.',
        }),
      },
      examples: {
        next_fix_tip: ['the gears keep slipping', 'I tried that and it still jumps'],
        check_recall: ['is there a recall on my bike', 'has my model been recalled'],
        book_collection: ['can you pick the bike up from my house', 'send the van round for it'],
        return_to_previous_agent: ['that fixed it, thanks', 'it is working now', 'great, it shifts fine now'],
      },
    },
    { id: 'person', description: 'A person.', instructions: 'Bring in a person.', human: true, canEndCall: true },
  ],
  edges: [{ from: 'front', to: 'mechanic', mode: 'call', when: 'The bike is broken.' }],
  escalation: { agent: 'person', when: 'The caller asks for a person.' },
});

const policy = new DialoguePolicy({ now: () => new Date('2026-03-05T10:00:00') });
const decide = async (lines: Turn[]) => {
  const { toolCtx, instructions } = builtAgent(shop, 'mechanic', 'front');
  return policy.decide(chatOf(instructions, lines), toolCtx);
};
// The collection is booked, or one of its details asked for.
const collects = (d: { toolCalls: { name: string }[]; content?: string }) =>
  d.toolCalls.some((c) => c.name === 'book_collection') ||
  (d.toolCalls.length === 0 && /address|which day/i.test(d.content ?? ''));
const RECALL: Turn[] = [
  ['caller', 'is there a recall on the Trekker 300'],
  ['tool', 'check_recall', { model: 'Trekker 300' }, 'No recall for that model.'],
  ['assistant', 'No recall for that model.'],
];

describe('a thing a tool works on, asked for by name', () => {
  it('is that tool, after background that asked for nothing', async () => {
    const d = await decide([
      ...RECALL,
      ['caller', "I'm at work all week so I can't get over there with it. Look, could you do a collection friday?"],
    ]);
    expect(collects(d)).toBe(true);
  });

  it('is that tool, not a hand-back or a person its other words sound like', async () => {
    const d = await decide([
      ...RECALL,
      ['caller', "oh good. could you arrange a collection so someone looks at it once it's fixed?"],
    ]);
    expect(collects(d)).toBe(true);
  });

  it('needs a line that asks: a thing only mentioned is no request', async () => {
    const d = await decide([...RECALL, ['caller', 'the last collection was late, it was fixed though']]);
    expect(collects(d)).toBe(false);
  });
});

describe('a thing named in answer to "this, or that?"', () => {
  it('names the tool whose thing is said, without asking words', async () => {
    const tools = catalogTools(builtAgent(shop, 'mechanic', 'front').toolCtx);
    const collection = tools.find((t) => t.name === 'book_collection')!;
    const tip = tools.find((t) => t.name === 'next_fix_tip')!;
    const classifier = await IntentClassifier.train(tools);
    const a = await analyseUtterance(classifier, 'sure, a collection is fine. 12 Mill Lane if you need it');
    expect(namesThing(a, collection)).toBe(true);
    expect(namesThing(a, tip)).toBe(false);
    // The verb alone names nothing: "book" is what every booking tool does.
    expect(namesThing(await analyseUtterance(classifier, 'yes book it'), collection)).toBe(false);
  });
});
