// "Reserve" is in the booking word group, read as "book". Where an app's own phrases use "book" as
// a thing ("renew my books", "put a book on hold"), "reserve the Hobbit" must not read as a line
// about books: it is the hold desk's word. A made-up village library's front desk.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../workflow/index.js';
import { IntentClassifier } from './intent_classifier.js';
import { headsNamingThings, representativeIn } from './synonyms.js';
import { catalogTools } from './tool_catalog.js';
import { builtAgent } from './fixtures/decide.js';

const desk = (id: string, description: string) => ({
  id,
  description,
  instructions: description,
  returns: z.object({ summary: z.string().describe('What was done.') }),
});

const village = defineWorkflow({
  name: 'village-library',
  userData: z.object({}),
  start: 'front',
  agents: [
    { id: 'front', description: 'Answers the phone.', instructions: 'Send callers on.', canEndCall: true },
    desk('loans', 'Renews loans.'),
    desk('holds', 'Places holds.'),
  ],
  edges: [
    {
      from: 'front',
      to: 'loans',
      mode: 'call',
      when: 'The caller wants to renew the books they have out.',
      examples: ['renew my books', 'when are my books due', 'I want to renew a book'],
    },
    {
      from: 'front',
      to: 'holds',
      mode: 'call',
      when: 'The caller wants to place a hold on an item.',
      examples: ['can I reserve a DVD', 'put a hold on something for me'],
    },
  ],
});

describe('a verb of the booking group where "book" names a thing', () => {
  it('reads as the group, not as the thing', () => {
    const things = headsNamingThings(['renew my books', 'put a book on hold']);
    expect(things.has('book')).toBe(true);
    expect(representativeIn('reserve', things)).not.toBe('book');
    expect(representativeIn('reserve', new Set())).toBe('book');
    expect(representativeIn('books', things)).toBe('book');
  });

  it('leans to the desk that says it, not to the one about books', async () => {
    const tools = catalogTools(builtAgent(village, 'front').toolCtx);
    const classifier = await IntentClassifier.train(tools);
    const scores = await classifier.classify("i'd like to reserve the hobbit");
    const of = (name: string) => scores.find((s) => s.intent === name)?.score ?? 0;
    expect(of('transfer_to_holds')).toBeGreaterThan(2 * of('transfer_to_loans'));
  });
});
