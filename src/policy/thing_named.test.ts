// A made-up garden centre's reorder line: "the product, as the caller names it" takes the thing
// named in the request, not the request words, the amount, whose it is or the reason after it.
import { describe, expect, it } from 'vitest';
import { takesNameAsSaid, thingNamed } from './thing_named.js';

const REQUEST = new Set(['reorder', 'order', 'product']);

describe('the thing a request names', () => {
  it('is what is left after the request, the amount and the owner', () => {
    expect(thingNamed("hi i need a reorder of rosa's slug pellets please", REQUEST, ['Rosa'])).toBe('slug pellets');
    expect(thingNamed("can i get like six bags of the tomato feed so i don't have to come back", REQUEST, [])).toBe(
      'the tomato feed',
    );
    expect(thingNamed('more of the bonemeal, the roses love it', REQUEST, [])).toBe('the bonemeal');
  });

  it('follows a request verb the name frame took off', () => {
    expect(thingNamed("i need to reorder rosa's slug pellets, gc 2210, two bags", REQUEST, ['Rosa'])).toBe(
      'slug pellets',
    );
  });

  it('follows an id and a greeting said first, and precedes a request verb said after it', () => {
    expect(thingNamed("gc 2210, i need more of rosa's slug pellets, two bags' worth", REQUEST, ['Rosa'])).toBe(
      'slug pellets',
    );
    expect(thingNamed("hello, i need rosa's slug pellets reordered, two bags", REQUEST, ['Rosa'])).toBe('slug pellets');
  });

  it('is what the caller is running short of', () => {
    expect(thingNamed("hi, gc 2210, rosa's running low on her tomato feed, can i get two bags", REQUEST, [])).toBe(
      'tomato feed',
    );
    expect(thingNamed("we've run out of the bonemeal", REQUEST, [])).toBe('bonemeal');
    expect(thingNamed("i'm out of town next week, can i reorder", REQUEST, [])).toBeUndefined();
  });

  it('is said alone only as an answer', () => {
    expect(thingNamed('slug pellets', REQUEST, [], true)).toBe('slug pellets');
    expect(thingNamed('hi, rosa diaz, gc 2210, can i get two bags', REQUEST, [])).toBeUndefined();
  });

  it('is nothing for an amount or a number said alone', () => {
    expect(thingNamed('two bags', REQUEST, [])).toBeUndefined();
    expect(thingNamed('gc 2210', REQUEST, [])).toBeUndefined();
    expect(thingNamed('i need to reorder', REQUEST, [])).toBeUndefined();
  });

  it('is taken by an argument that names a thing as the caller says it', () => {
    expect(takesNameAsSaid({ description: 'The product, as the caller names it ("the blue slug pellets").' })).toBe(
      true,
    );
    expect(takesNameAsSaid({ description: 'What went wrong, in the caller’s words.' })).toBe(false);
  });
});
