// A made-up vet clinic's grooming line: the agent's question for a detail stands through a bare
// "yes" ("yes, ending eight nine"), so the short answer after it still fills it; "yep" is no
// part of a name, a word spelled back after "that's" names its part of the line, and "good
// morning" is a greeting, not a time; a number taken back mid-sentence ("three baths... no
// sorry, two. two baths", "we're five dogs, actually no, it's seven") is not the one meant.
import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../../workflow/index.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { builtAgent, chatOf, type Turn } from '../fixtures/decide.js';
import { extractArgs } from '../slot_filling.js';
import { toolInfo } from '../tool_catalog.js';
import { findCounts, findDateTimes, findPersonName, matchEnum, prepareUtterance } from '../slots/index.js';
import { spokenDigitsToNumbers } from '../normalize.js';

const grooming = defineWorkflow({
  name: 'grooming',
  userData: z.object({}),
  start: 'desk',
  agents: [
    {
      id: 'desk',
      description: 'Books grooming.',
      instructions: 'You book grooming sessions.',
      canEndCall: true,
      tools: {
        book_grooming: llm.tool({
          description: 'Book the grooming under the owner’s name.',
          parameters: z.object({ owner_name: z.string().describe('The name the booking goes under.') }),
          execute: async () => 'Booked.',
        }),
      },
    },
  ],
  edges: [],
});

const policy = new DialoguePolicy({ now: () => new Date('2026-03-05T10:00:00') });
const decide = (lines: Turn[]) =>
  policy.decide(chatOf('Help the caller.', lines), builtAgent(grooming, 'desk').toolCtx);

describe('the agent’s question stands through a bare yes', () => {
  const asked: Turn[] = [
    ['user', 'a bath for my spaniel please'],
    ['assistant', 'What name should the booking go under?'],
  ];

  it('asks it again instead of "what can I help you with"', async () => {
    const d = await decide([...asked, ['user', 'yes, ending eight nine']]);
    expect(d.toolCalls).toEqual([]);
    expect(d.content).toMatch(/name/i);
    expect(d.content).not.toMatch(/help you with/i);
  });

  it('so the name said next fills it', async () => {
    const again = await decide([...asked, ['user', 'yes, ending eight nine']]);
    const d = await decide([
      ...asked,
      ['user', 'yes, ending eight nine'],
      ['assistant', again.content],
      ['user', 'Elif.'],
    ]);
    expect(d.toolCalls).toEqual([{ name: 'book_grooming', args: { owner_name: 'Elif' } }]);
  });
});

describe('short answers to a name question', () => {
  const name = (said: string) => findPersonName(prepareUtterance(said), true);
  it('"yep" is no name', () => {
    expect(name('yep, text it to 415 555 0177')).toBeUndefined();
    expect(name('yep, Okoro')).toBe('Okoro');
  });

  it('a word spelled after "that\'s" names the part of the line it spells', () => {
    expect(name("Rose Field, that's F I E L D, Field. 303 555 0144")).toBe('Rose Field');
  });
});

describe('a greeting is no time of day', () => {
  it('"good morning" names neither a morning nor a time', () => {
    const u = prepareUtterance("good morning, I'd like to book a bath for my spaniel");
    expect(findDateTimes(u, new Date('2026-03-05T10:00:00'))).toEqual([]);
    expect(matchEnum(u, ['morning', 'afternoon'])).toBeUndefined();
    expect(matchEnum(prepareUtterance('good morning, afternoons suit me'), ['morning', 'afternoon'])?.value).toBe(
      'afternoon',
    );
  });
});

const bathe = toolInfo(
  llm.tool({
    description: 'Book baths for the caller’s dogs.',
    parameters: z.object({
      quantity: z.number().int().describe('How many baths.'),
      dogs: z.number().int().optional().describe('How many dogs, the number of pets in the household.'),
    }),
    execute: async () => 'Booked.',
  }) as never,
);
const typed = (said: string) =>
  extractArgs(bathe, prepareUtterance(said), {
    opening: false,
    typedOnly: false,
    requestWords: new Set(),
    agentVocabulary: new Set(),
    now: new Date('2026-03-05T10:00:00'),
    dateOrder: 'month-first',
  }).values;

describe('a number taken back in the same breath', () => {
  it('one count word said again after a full stop is one count, not two digits', () => {
    expect(spokenDigitsToNumbers('no sorry, two. two baths.')).toBe('no sorry, two. two baths.');
    expect(findCounts(prepareUtterance('three baths... no sorry, two. two baths.')).map((c) => c.value)).toEqual([
      3, 2,
    ]);
  });

  it('the count after the cue is the one meant', () => {
    expect(typed('three baths... no sorry, two. two baths.')).toMatchObject({ quantity: 2 });
  });
});
