// A search name said with an aside that tells which one it is, on a made-up record shop: "blue
// lines, the massive attack one" searches "blue lines" (the aside is no part of the title, and a
// search for every word found nothing before), "blue lines, the vinyl version, can I reserve that"
// drops the kind with its "version" and the question after it, and "a hold on blue lines" is the
// request's frame, not the name.
import { expect, it } from 'vitest';
import { z } from 'zod';
import { llm } from '@livekit/agents';
import { namedPart, withoutChosenKinds } from './free_text.js';
import { paramSpecs } from './param_spec.js';

const NONE = new Set<string>();
const specs = paramSpecs(
  llm.tool({
    description: 'Search the shop’s stock.',
    parameters: z.object({
      query: z.string().describe('The title or artist the caller said.'),
      format: z.enum(['vinyl', 'cd']).optional().describe('vinyl or cd.'),
    }),
    execute: async () => '',
  }).parameters,
);

it('ends the name at an aside saying which one', () => {
  expect(namedPart('do you have blue lines, the massive attack one', NONE)).toBe('blue lines');
  expect(namedPart("i'm looking for mezzanine, the 1998 edition", NONE)).toBe('mezzanine');
});

it('ends the name at a question after it', () => {
  expect(namedPart('looking for blue lines, can i reserve that', NONE)).toBe('blue lines');
});

it('drops the kind with the word naming it a kind', () => {
  expect(withoutChosenKinds('blue lines, the vinyl version', specs, { format: 'vinyl' })).toBe('blue lines,');
});

it('reads "a hold on" as the frame', () => {
  expect(namedPart('a hold on blue lines', NONE)).toBe('blue lines');
  expect(namedPart('can i put a hold on blue lines please', NONE)).toBe('blue lines');
});

it('reads "what about … then" as the frame', () => {
  expect(namedPart('ok what about blue lines then', NONE)).toBe('blue lines');
});
