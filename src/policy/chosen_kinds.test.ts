// A search name without the kind another argument took, also in the kind's everyday words, on a
// made-up video shop: "the alien movie" with format "dvd" searches "the alien" ("movie" is the
// format, not part of the title; before, the search for "the alien movie" found nothing).
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { llm } from '@livekit/agents';
import { paramSpecs } from './param_spec.js';
import { withoutChosenKinds } from './free_text.js';

const specs = paramSpecs(
  llm.tool({
    description: 'Search the rental shelf.',
    parameters: z.object({
      title: z.string().describe('The title the caller said.'),
      format: z.enum(['dvd', 'game']).optional().describe('dvd or game.'),
    }),
    execute: async () => '',
  }).parameters,
);

describe('a search name without the kind chosen', () => {
  it('drops the kind in its everyday words', () => {
    expect(withoutChosenKinds('the alien movie', specs, { format: 'dvd' })).toBe('the alien');
    expect(withoutChosenKinds('alien on dvd', specs, { format: 'dvd' })).toBe('alien');
  });
  it('keeps the words when no kind was chosen', () => {
    expect(withoutChosenKinds('the alien movie', specs, {})).toBe('the alien movie');
  });
});
