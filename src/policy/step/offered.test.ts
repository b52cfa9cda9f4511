import { describe, expect, it } from 'vitest';
import { readOffered, selectOffered, timeNotOffered } from './offered.js';

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
