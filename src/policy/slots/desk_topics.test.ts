// Front-desk topics in everyday words, on a made-up swimming pool's info tool (topics hours, fines,
// lockers, after hours): "how much are late fees on a lost locker key" is fines, "if the pool alarm
// goes off at night, who do I call" is after hours (before, neither word reached its value).
import { expect, it } from 'vitest';
import { matchEnum } from './enum.js';
import { prepareUtterance } from './utterance.js';

const TOPICS = ['hours', 'fines', 'lockers', 'after hours'];
const read = (said: string) => matchEnum(prepareUtterance(said), TOPICS, 'hours, fines, lockers or after hours')?.value;

it('reads late fees as fines', () => {
  expect(read('how much are late fees for the swim kit')).toBe('fines');
});

it('reads at night as after hours', () => {
  expect(read('if the alarm goes off at night, who do i call')).toBe('after hours');
});
