// A name said as a part of its own beside a code of letters and digits (a booking reference, a
// voucher) is the caller's name, as it is beside a number: "T4RW8N, okafor". A made-up box office.
import { expect, it } from 'vitest';
import { findPersonName } from './person_name.js';
import { prepareUtterance } from './utterance.js';

it.each([
  ['T4RW8N, okafor', 'Okafor'],
  ['about my matinee seats, t four r w eight n, okafor', 'Okafor'],
  ['my order is T 4 R W 8 N, dana okafor', 'Dana Okafor'],
])('reads the name beside the code in %j', (line, name) => {
  expect(findPersonName(prepareUtterance(line))).toBe(name);
});

it('takes no name from a line without a code', () => {
  expect(findPersonName(prepareUtterance('two seats, front row, please'))).toBeUndefined();
});
