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

describe('a name said with a bare "name" or where a booking is held', () => {
  const said = (line: string, expecting = false) => findPersonName(prepareUtterance(line), expecting);

  it('takes the word after "name" opening a clause', () => {
    expect(said('locker booking l k four one, name okonjo')).toBe('Okonjo');
    expect(said('what name is it under')).toBeUndefined();
    expect(said('name and address please')).toBeUndefined();
  });

  it('takes the name a booking is held under when asked for it', () => {
    expect(said('the booking is under Castellano')).toBe('Castellano');
    expect(said('booked under castellano', true)).toBe('Castellano');
  });
});

describe('a name said as its own part beside "book it"', () => {
  const said = (line: string) => findPersonName(prepareUtterance(line), false);

  it('is whose the booking is, lowercase and without a cue', () => {
    expect(said('yes book it please, kevin marsh')).toBe('Kevin Marsh');
    expect(said('great, reserve that one, dana moss')).toBe('Dana Moss');
  });

  it('takes nothing when the part is no name', () => {
    expect(said('book it please, thanks')).toBeUndefined();
    expect(said('sure reserve that one')).toBeUndefined();
  });
});
