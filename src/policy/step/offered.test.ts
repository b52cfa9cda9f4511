import { describe, expect, it } from 'vitest';
import { readOffered, selectByPlaceOrTime, selectOffered, takesIt, timeNotOffered } from './offered.js';

// Options that carry a day of the month as well as a clock time.
const offered = readOffered(
  'Open tables: Friday, May 9 at 6 PM; Friday, May 9 at 7:30 PM; Friday, May 9 at 9 PM. Which would you like?',
)!;

describe('picking an offered time', () => {
  it('matches the clock time of an option, not its day of the month', () => {
    expect(selectOffered('the 9 o’clock please', offered)).toBe('Friday, May 9 at 9 PM');
    expect(selectOffered('6pm works', offered)).toBe('Friday, May 9 at 6 PM');
    expect(selectOffered('can we do 7:30', offered)).toBe('Friday, May 9 at 7:30 PM');
  });

  it('names a clock time that was not offered, and nothing else', () => {
    expect(timeNotOffered("could we come at 8 o'clock", offered)).toBe("8 o'clock");
    expect(timeNotOffered('is 10pm possible', offered)).toBe('10pm');
    expect(timeNotOffered("the 9 o'clock", offered)).toBeUndefined();
    expect(timeNotOffered('the second one', offered)).toBeUndefined();
    expect(timeNotOffered('there are 4 of us', offered)).toBeUndefined();
  });
});

describe('taking the one option offered, and picks said before the options', () => {
  const one = readOffered('Open tables: Friday, May 9 at 8 PM. Would that suit you?')!;

  it('takes the one option on words that say yes, also with details after them or the hour in words', () => {
    expect(selectOffered("eight is fine, I'll take it", one)).toBe('Friday, May 9 at 8 PM');
    expect(selectOffered('okay, eight works for me', one)).toBe('Friday, May 9 at 8 PM');
    expect(selectOffered('ok, eight it is', one)).toBe('Friday, May 9 at 8 PM');
    expect(selectOffered('sounds good, book it. Ann Lee, 6175550123', one)).toBe('Friday, May 9 at 8 PM');
  });

  it('does not take it when the caller asks for something else', () => {
    expect(selectOffered('nothing earlier than eight? like six?', one)).toBeUndefined();
    expect(selectOffered('no, another day please', one)).toBeUndefined();
    expect(takesIt('ok, but is there anything later')).toBe(false);
    expect(takesIt('sounds good, book it')).toBe(true);
  });

  it('reads a pick by place or clock time from a request for options, not a word of an option', () => {
    expect(selectByPlaceOrTime("whatever's first on friday", offered)).toBe('Friday, May 9 at 6 PM');
    expect(selectByPlaceOrTime('friday evening, the 9 pm', offered)).toBe('Friday, May 9 at 9 PM');
    expect(selectByPlaceOrTime('friday evening please', offered)).toBeUndefined();
  });
});

describe('"first" and "last" said of something else (a made-up restaurant\'s tables)', () => {
  it('is no pick: "I need to check with my partner first", "first of all", "at last"', () => {
    expect(selectOffered("hmm, I need to check with my partner first. I'll ring back", offered)).toBeUndefined();
    expect(selectOffered('first of all, is there parking?', offered)).toBeUndefined();
    expect(selectOffered('at last, a free table', offered)).toBeUndefined();
  });

  it('a pick still says which: "the first", "first one works", "last please"', () => {
    expect(selectOffered('the first', offered)).toBe('Friday, May 9 at 6 PM');
    expect(selectOffered('first one works', offered)).toBe('Friday, May 9 at 6 PM');
    expect(selectOffered('last please', offered)).toBe('Friday, May 9 at 9 PM');
    expect(selectOffered("whichever's first", offered)).toBe('Friday, May 9 at 6 PM');
  });
});
