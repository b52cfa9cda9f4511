// Kinds said in everyday forms, on a made-up scooter shop's "kind of scooter: adult, estooter
// (electric), kids or cargo": "my kid's scooter" is kids (a possessive says the plural value's
// word), and "scooter", a word the description itself uses for the thing, is no typo of
// "escooter" (before, "my kid's scooter" read as the electric kind).
import { expect, it } from 'vitest';
import { matchEnum } from './enum.js';
import { prepareUtterance } from './utterance.js';

const KINDS = ['adult', 'escooter', 'kids', 'cargo'];
const DESCRIBED = 'The kind of scooter: adult, escooter (electric), kids or cargo.';
const read = (said: string) => matchEnum(prepareUtterance(said), KINDS, DESCRIBED)?.value;

it('reads a possessive as the plural kind', () => {
  expect(read("how much to service my kid's scooter")).toBe('kids');
});

it('does not read the thing itself as a typo of a kind', () => {
  expect(read("how much to service my son's scooter")).toBeUndefined();
  expect(read('my escoter is broken')).toBe('escooter');
});

it('reads a hyphenated kind as the joined value', () => {
  expect(read("my e-scooter's battery died")).toBe('escooter');
});
