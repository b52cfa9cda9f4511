// A surname said with its label, as members of a made-up climbing gym give it with their card.
import { describe, expect, it } from 'vitest';
import { findPersonName, prepareUtterance } from './index.js';

const name = (said: string) => findPersonName(prepareUtterance(said), false, undefined, true);

describe('a surname said with its label', () => {
  it('takes the word after "surname" or "last name", with or without "is"', () => {
    expect(name('member card four four one two, surname adeyemi')).toBe('Adeyemi');
    expect(name('card 4412, last name castellano')).toBe('Castellano');
    expect(name("sorry, it's my sister's card. the surname on it is brennan")).toBe('Brennan');
  });

  it('takes nothing from a question about the surname', () => {
    expect(name('what surname is on the card')).toBeUndefined();
    expect(name('the last name on the membership')).toBeUndefined();
  });
});
