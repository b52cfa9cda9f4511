// Whose thing it is, said after "it's" ("it's rex's walk"), is that name; "I'm Ana's husband" is the
// caller's introduction, no owner's name; "morning's better" and "rex's fine now" say "is", and
// name no owner. A made-up dog-walking service's lines.
import { describe, expect, it } from 'vitest';
import { introducedAs, possessiveName } from './others_name.js';
import { describedSynonym } from './enum.js';
import { prepareUtterance } from './index.js';

describe('a possessive after "it\'s"', () => {
  it('names the owner of the thing', () => {
    expect(possessiveName("oh sorry, i meant rex, it's rex's walk i need to move")).toBe('Rex');
    expect(introducedAs("oh sorry, i meant rex, it's rex's walk i need to move", 'Rex')).toBe(false);
  });

  it('is still an introduction before a relation', () => {
    expect(introducedAs("my name is tom, i'm ana's husband", 'Ana')).toBe(true);
    expect(introducedAs("hi it's maya, about the walk", 'Maya')).toBe(true);
  });
});

describe('"\'s" for "is"', () => {
  it('names no owner before how something is, nor a time of day', () => {
    expect(possessiveName("morning's better")).toBeUndefined();
    expect(possessiveName("evening's walk is the one")).toBeUndefined();
    expect(possessiveName("rex's fine now, it's the walk i need to move")).toBeUndefined();
    expect(possessiveName("can we move rex's walk")).toBe('Rex');
  });
});

describe('a word the description lists for a value', () => {
  const sizes = ['small', 'medium', 'large'];
  const description =
    'The dog size: small (terrier, chihuahua), medium (beagle, spaniel) or large (labrador, shepherd).';
  it('names that value alone', () => {
    expect(describedSynonym(prepareUtterance("we've got a beagle called rex"), sizes, description)).toBe('medium');
  });

  it('names none when two values are named or it is ruled out', () => {
    expect(describedSynonym(prepareUtterance('a beagle and a labrador'), sizes, description)).toBeUndefined();
    expect(describedSynonym(prepareUtterance('not a labrador'), sizes, description)).toBeUndefined();
  });
});
