// A made-up bookshop's "format" list has a plain "book": a caller says "the novel" or "the
// paperback", not "the book", and "not the movie" rules out the film even when said again later.
import { expect, it } from 'vitest';
import { matchEnum } from './enum.js';
import { prepareUtterance } from './index.js';

const formats = ['book', 'dvd', 'audiobook'];
const read = (said: string) => matchEnum(prepareUtterance(said), formats)?.value;

it('reads the everyday words for a printed book', () => {
  expect(read('the paperback please')).toBe('book');
  expect(read("the salt road, the novel, not the movie, i've seen the movie")).toBe('book');
});
