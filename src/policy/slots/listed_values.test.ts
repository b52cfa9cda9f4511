// A made-up vet clinic's notes tool lists its topics in words ("opening hours, parking, getting a pet
// passport, or vaccinations") in the order of its enum (hours, parking, passports, vaccines): the
// listed phrase tells what each value means to a caller.
import { expect, it } from 'vitest';
import { listedAs, matchListed } from './listed_values.js';
import { matchEnum } from './enum.js';
import { prepareUtterance } from './utterance.js';

const DESCRIPTION =
  'Answer a general question about the clinic: opening hours, parking, getting a pet passport, or booster vaccinations.';
const VALUES = ['hours', 'parking', 'passports', 'vaccines'];

it('pairs the description’s list with the values in order', () => {
  expect(listedAs(DESCRIPTION, VALUES)).toEqual({
    hours: 'opening hours',
    parking: 'parking',
    passports: 'getting a pet passport',
    vaccines: 'booster vaccinations',
  });
  // A list that does not line up with the values is no key to them.
  expect(listedAs('Answer questions: prices, staff and the car park.', VALUES)).toBeUndefined();
});

it('picks the value by words only its phrase has', () => {
  const listed = listedAs(DESCRIPTION, VALUES);
  expect(matchListed(prepareUtterance('are you open on sunday'), listed)).toBe('hours');
  expect(matchListed(prepareUtterance('does my dog need a booster'), listed)).toBe('vaccines');
  expect(matchListed(prepareUtterance('what is the weather like'), listed)).toBeUndefined();
  expect(matchEnum(prepareUtterance('how do I get a passport for my cat'), VALUES, '', listed)?.value).toBe(
    'passports',
  );
});

it('is no key when an item names another value (the list runs on past its last value)', () => {
  // A made-up gym's membership tool: the last comma leads into the rest of the sentence, not an item.
  const listed = listedAs('Renew a membership paid in full: daily, weekly or yearly, from a start date.', [
    'daily',
    'weekly',
    'yearly',
  ]);
  expect(listed).toBeUndefined();
  // So a line naming none of them is not read as the last value.
  expect(matchEnum(prepareUtterance('the first one this friday'), ['daily', 'weekly', 'yearly'], '', listed)).toBe(
    undefined,
  );
});
