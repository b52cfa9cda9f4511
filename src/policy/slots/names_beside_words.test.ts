// Names beside the words of a made-up florist's tools (price, rose, order): "put it under Jordan
// Price" is the caller's full name (after a first name, a word the tools use is still a surname),
// while "me and my buddy both want roses" names nobody ("buddy", said after "my", is someone of
// the caller's, not them).
import { expect, it } from 'vitest';
import { findPersonName } from './person_name.js';
import { prepareUtterance } from './utterance.js';

const TOOL_WORDS = new Set(['price', 'rose', 'roses', 'order', 'bouquet']);

it('keeps a surname that is also a word the tools use', () => {
  expect(findPersonName(prepareUtterance('put it under jordan price, 503 555 0819'), true, TOOL_WORDS)).toBe(
    'Jordan Price',
  );
});

it('does not take a word after "my" for the caller', () => {
  expect(findPersonName(prepareUtterance('hey, me and my buddy both want roses'), false, TOOL_WORDS)).toBeUndefined();
});
