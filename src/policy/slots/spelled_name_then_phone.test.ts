// "ben okoro, o k o r o. five oh three, five five five, zero one five one" to a made-up kayak hire's
// booking: the name spelled out, then the phone number. The spelled letters are a name, not the
// letters of an id glued to the digits ("koro5035550151"), and "Ben" is the caller's name, not the
// Scottish word for a mountain that WordNet knows (it matched a "mountain" kayak).
import { expect, it } from 'vitest';
import { findPhones, matchEnum, prepareUtterance } from './index.js';

const line = 'ben okoro, o k o r o. five oh three, five five five, zero one five one';

it('keeps a spelled-out name apart from the digits after it', () => {
  const u = prepareUtterance(line);
  expect(u.norm).not.toMatch(/[a-z]\d/i);
  expect(findPhones(u).map((p) => p.value.replace(/\D/g, ''))).toContain('5035550151');
  // Letters read out for an id still join its digits.
  expect(prepareUtterance('it is N. C. two two one zero').norm).toMatch(/NC2210/);
  expect(prepareUtterance('ticket s c four eight three zero').norm).toMatch(/sc4830/i);
});

it('reads no kind of thing into a person’s name', () => {
  expect(matchEnum(prepareUtterance(line), ['sea', 'river', 'mountain'])).toBeUndefined();
  expect(matchEnum(prepareUtterance('a minivan'), ['car', 'truck'])?.value).toBe('car');
});
