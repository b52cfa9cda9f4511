// A house number and street as said on a made-up window cleaner's line ("it's nine elm grove, rv3
// 1ab"): the street address, with the number in digits, for an argument asking for one.
import { describe, expect, it } from 'vitest';
import { findStreetAddress } from './street_address.js';
import { prepareUtterance } from './utterance.js';

const said = (line: string) => findStreetAddress(prepareUtterance(line))?.value;

describe('findStreetAddress', () => {
  it('reads the house number in words or digits and the street', () => {
    expect(said("it's nine elm grove, r v three one a b")).toBe('9 Elm Grove');
    expect(said('the new place is twenty seven larch close')).toBe('27 Larch Close');
    expect(said('send the man to 14b mill lane please')).toBe('14b Mill Lane');
  });
  it('keeps a flat number', () => {
    expect(said('the old one is flat two, forty one quarry road')).toBe('Flat 2, 41 Quarry Road');
  });
  it('leaves numbers that are no house number', () => {
    expect(said('two more days on the road')).toBeUndefined();
    expect(said('i want three windows done on friday')).toBeUndefined();
  });
});
