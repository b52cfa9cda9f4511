// Names corrected mid-line, as callers of a made-up pottery studio say them when booking a wheel.
import { describe, expect, it } from 'vitest';
import { findPersonName, prepareUtterance } from './index.js';

const name = (said: string, expecting = true) => findPersonName(prepareUtterance(said), expecting);

describe('a name corrected in the same breath', () => {
  it('takes the name said after "no sorry"', () => {
    expect(name("it's Mira, no sorry, Myra Castellano")).toBe('Myra Castellano');
    expect(name('my name is Jon Ferris, sorry no, John')).toBe('John Ferris');
  });

  it('takes a word spelled again for the word it corrects', () => {
    expect(name('my name is Tova Lind, and Lind is L I N D... no sorry, L Y N D, with a Y')).toBe('Tova Lynd');
  });

  it('keeps the name when "actually" opens something else', () => {
    expect(name("this is Dana Okafor, actually I'm booking for my daughter", false)).toBe('Dana Okafor');
  });
});
