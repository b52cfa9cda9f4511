// The request said in the same breath as the details a lookup needs, in a made-up tool-rental
// shop's words: "can you extend everything on my membership, T R four eight two one, Lindqvist"
// checks the membership (a tool that checks its own optional details), then extends everything —
// the whole set said outright, so the one-tool argument stays out.
import { expect, it } from 'vitest';
import { namesOneThing } from '../free_text.js';

it('reads "everything" as the whole set, whatever details come with it', () => {
  const request = new Set(['extend']);
  expect(namesOneThing('extend everything on my card, number 4821, Lindqvist', request)).toBe(false);
  expect(namesOneThing('extend the hedge trimmer', request)).toBe(true);
});
