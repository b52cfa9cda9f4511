// The name in a request for a search argument: a made-up record shop's "title or artist" query gets
// the title, not the frame around it ("do you guys have …", "is … in right now", "can I also put a
// hold on …"), nor the kind another argument took ("the … vinyl" with format vinyl), nor a sentence
// before the request that answered the agent.
import { llm } from '@livekit/agents';
import { expect, it } from 'vitest';
import { z } from 'zod';
import { namedPart, requestSentence } from './free_text.js';
import { extractArgs } from './slot_filling.js';
import { prepareUtterance } from './slots/index.js';
import { toolInfo } from './tool_catalog.js';

const search = llm.tool({
  description: 'Search the shop’s stock by title or artist.',
  parameters: z.object({
    query: z.string().describe('The title, artist or keywords the caller said, in their words.'),
    format: z.enum(['any', 'vinyl', 'cassette', 'cd']).optional().describe('Only this format, if the caller said.'),
  }),
  execute: async () => 'nothing',
});

const NONE = new Set<string>();

it('drops the frames around a name', () => {
  expect(namedPart('do you guys have blue lines', NONE)).toBe('blue lines');
  expect(namedPart('is the blue lines record in right now', NONE)).toBe('the blue lines record');
  expect(namedPart('can i also put a hold on the blue lines', NONE)).toBe('blue lines');
});

it('takes the sentence that asks, not the one answering the agent', () => {
  expect(requestSentence("fine, i'll play the old one first then. can i also reserve blue lines", NONE)).toBe(
    'can i also reserve blue lines',
  );
  expect(requestSentence('blue lines. the reissue', NONE)).toBe('blue lines. the reissue');
});

it('leaves the kind another argument took out of the name', () => {
  const info = toolInfo(Object.assign(search, { name: 'search_stock' }) as never);
  const ex = extractArgs(info, prepareUtterance('do you have the blue lines cassette'), {
    requestWords: new Set(['search', 'stock']),
    opening: true,
  } as never);
  expect(ex.values).toMatchObject({ format: 'cassette' });
  expect(String(ex.values.query).toLowerCase()).toBe('blue lines');
});

it('ends the name where a new clause or a denial starts', () => {
  expect(namedPart("just blue lines please, i'm bringing the others back", NONE)).toBe('blue lines');
  expect(namedPart('can i reserve blue lines, not the remix, we have that', NONE)).toBe('blue lines');
  expect(namedPart('do you have bread, love and dreams', NONE)).toBe('bread, love and dreams');
});

it('keeps a word that only starts like an article ("anything by …" is not "any" + "thing by …")', () => {
  expect(namedPart('have you got anything by massive attack', NONE)).toBe('massive attack');
  expect(namedPart('do you have anything by massive attack', NONE)).toBe('massive attack');
});

it('ends the name where a question about it starts ("blue lines, is there a cassette")', () => {
  expect(namedPart("i'm looking for blue lines, is there a cassette version", NONE)).toBe('blue lines');
  expect(namedPart('do you have blue lines, do you have it on cd', NONE)).toBe('blue lines');
});
