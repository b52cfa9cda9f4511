// The README's form-filling example compiles (this file imports it), runs offline with read-back
// and corrections, and is the code the README shows.
import { readFileSync } from 'node:fs';
import { afterEach, expect, it } from 'vitest';
import { type OfflineCall, startOfflineCall } from '../../policy/fixtures/offline_call.js';
import { membership } from './form_filling.js';

let call: OfflineCall | undefined;
afterEach(async () => call?.close());

it('collects email, phone and date of birth offline, reading each back and taking corrections', async () => {
  call = await startOfflineCall(membership);
  const say = call.say;
  expect(await say('hi, I would like to become a member')).toBe('What is your email address?');
  expect(await say('sam dot lee at exanple dot com')).toBe('I have s a m dot l e e at exanple dot com. Is that right?');
  expect(await say("no, it's m as in mary, not n")).toBe('I have s a m dot l e e at example dot com. Is that right?');
  expect(await say('yes')).toBe('What is the best phone number to reach you on?');
  expect(await say('six one seven five five five zero one nine nine')).toBe(
    'I have six one seven, five five five, zero one nine nine. Is that right?',
  );
  expect(await say('yes that is right')).toBe('What is your date of birth?');
  expect(await say('the third of may nineteen ninety')).toBe('I have May 3, 1990. Is that right?');
  expect(await say('no')).toBe('Sorry about that. What is the correct date of birth?');
  expect(await say('the thirtieth of may nineteen ninety')).toBe('I have May 30, 1990. Is that right?');
  await say('correct');
  await expect
    .poll(() => call!.userData)
    .toEqual({ email: 'sam.lee@example.com', phone: '6175550199', born: '1990-05-30' });
});

it('is the code the README shows', () => {
  const source = readFileSync(new URL('./form_filling.ts', import.meta.url), 'utf8');
  const region = /\/\/ #region readme\n([\s\S]*?)\/\/ #endregion readme/.exec(source)![1]!;
  const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
  expect(readme).toContain(region.trim());
});
