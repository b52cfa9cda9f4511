// Ids read out over the phone: the letters one by one or by their names, then the digits; and a
// format whose letters are fixed, so the digits alone are the id. A made-up parcel locker.
import { describe, expect, it } from 'vitest';
import { normalizeUtterance, spokenIdLetters } from '../normalize.js';
import { findIdentifiers, formatIdentifier, withFixedLetters } from './identifier.js';
import { prepareUtterance } from './utterance.js';

describe('the letters of an id read out', () => {
  it('joins letters said one by one or by their names, before the digits', () => {
    expect(normalizeUtterance('locker pee kay dash ten forty two')).toBe('locker PK-1042');
    expect(normalizeUtterance("it's P. K. ten forty-two")).toBe("it's PK1042");
    expect(normalizeUtterance('P as in Papa, K as in Kilo, then one zero four two')).toBe('PK1042');
    expect(normalizeUtterance("it's L O K, three zero zero two")).toBe("it's LOK3002");
    expect(normalizeUtterance('l o k one two three four')).toBe('lok1234');
  });

  it('leaves prose alone', () => {
    expect(spokenIdLetters('I see 2 lockers')).toBe('I see 2 lockers');
    expect(normalizeUtterance('i have a 3 day hold')).toBe('i have a 3 day hold');
    expect(normalizeUtterance('plan b 2 parcels')).toBe('plan b 2 parcels');
  });
});

describe('an id format with fixed letters', () => {
  it('reads the format from the description', () => {
    expect(formatIdentifier('The locker code: LOK- and four digits.')).toBe('LOK-0000');
    expect(formatIdentifier('PK followed by 6 digits')).toBe('PK000000');
    expect(formatIdentifier('The code on the parcel slip.')).toBeUndefined();
  });

  it('puts the fixed letters before digits said alone, and the separator back', () => {
    expect(withFixedLetters('3002', 'LOK-0000')).toBe('LOK-3002');
    expect(withFixedLetters('LOK3002', 'LOK-0000')).toBe('LOK-3002');
    expect(withFixedLetters('30021', 'LOK-0000')).toBe('30021');
  });
});

describe('an id said twice in one breath', () => {
  it('keeps the one said with its letters, not the digits said alone', () => {
    const ids = (s: string) => findIdentifiers(prepareUtterance(s)).map((f) => f.value);
    expect(ids('sorry, I swapped two digits, it is three three one zero, PK-3310')).toEqual(['PK-3310']);
    expect(ids('locker P K three three ten... no, three three one zero. P K three three one zero.')).toEqual([
      'PK3310',
    ]);
    expect(ids('locker 3310 and parcel 5521')).toEqual(['3310', '5521']);
  });
});
