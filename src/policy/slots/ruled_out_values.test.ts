// A listed value said as ruled out is not the one meant: "the vinyl, not the cassette" at a
// made-up record shop's catalogue picks vinyl, though "cassette" is the longer word.
import { describe, expect, it } from 'vitest';
import { matchEnum } from './enum.js';
import { prepareUtterance } from './index.js';

const formats = ['vinyl', 'cassette', 'cd'];
const read = (said: string) => matchEnum(prepareUtterance(said), formats)?.value;

describe('a value ruled out', () => {
  it('is not the one meant when another is named', () => {
    expect(read('the vinyl not the cassette')).toBe('vinyl');
    expect(read('cd please, rather than a cassette')).toBe('cd');
  });

  it('is still read when it is the only one named', () => {
    expect(read('the cassette')).toBe('cassette');
  });
});
