// The caller's name said right after a greeting, in a made-up bike shop's words: "hi, Priya Okonkwo,
// my chain keeps slipping" introduces Priya Okonkwo whether or not the name is a common English one,
// and a name whose parts the caller's email spells ("Kevin Park, kevin.park@…") is a name even when
// a part is an everyday word. Spelled letters stop before an "I" that opens the next clause.
import { describe, expect, it } from 'vitest';
import { normalizeUtterance } from '../normalize.js';
import { findPersonName, prepareUtterance } from './index.js';

const name = (said: string) => findPersonName(prepareUtterance(said));

describe('a name after a greeting', () => {
  it('is read from the greeted opening, with or without where the caller is from', () => {
    expect(name('hi, Priya Okonkwo, my chain keeps slipping when I climb')).toBe('Priya Okonkwo');
    expect(name('hello, Tariq Suleiman, tariq.s@example.com, is my bike ready?')).toBe('Tariq Suleiman');
    expect(name('hey, Ann Lee, ann.lee@example.com — my brakes squeak again')).toBe('Ann Lee');
  });

  it('ends at a pronoun run into it ("my name is priya raman i\'m at northwind")', () => {
    expect(name("hey yeah hi my name is priya raman i'm at northwind logistics, my chain slips")).toBe('Priya Raman');
    expect(name('my name is tomas vidal we are a club of twelve riders')).toBe('Tomas Vidal');
  });

  it('is the whole name when the first name is said again before the spelling ("ann, ann lee, l e e")', () => {
    expect(name('this is ann, ann lee, l e e')).toBe('Ann Lee');
    expect(name('okafor, o k a f o r')).toBe('Okafor');
  });

  it('is read when the email spells it, even with an everyday word in it', () => {
    expect(name('Kevin Park, kevin.park@example.com')).toBe('Kevin Park');
  });

  it('is read in lower case, two unknown name words closing their clause', () => {
    expect(name('hello, tunde abiodun, i wanna book a service, the gears skip')).toBe('Tunde Abiodun');
    expect(name('hi, ngozi okafor, my tyre went flat')).toBe('Ngozi Okafor');
  });

  it('is not a lower-case greeted phrase about the call', () => {
    expect(name('hi, flat tyres, since this morning')).toBeUndefined();
    expect(name('hello, quick question, are you open sunday')).toBeUndefined();
    expect(name('hey, good news, it works now')).toBeUndefined();
  });

  it('is not a greeted phrase that is no name', () => {
    expect(name('hi, Flat Tyre, since this morning')).toBeUndefined();
    expect(name('hey there, Quick Question, about my service')).toBeUndefined();
  });
});

describe('spelled letters', () => {
  it('stop before an "I" or "a" after the pause that ends them', () => {
    expect(normalizeUtterance("Priya Okonkwo, that's O K O N K W O, I need my bike back")).toContain('OKONKWO, I need');
    expect(normalizeUtterance('m, a, r, i, a')).toBe('maria');
  });
});

// A made-up piano tuner's line, as speech-to-text writes it (all lower case).
describe('an introduction in lower case', () => {
  it('is a greeting, "it\'s", and two name words closing their clause', () => {
    expect(name("hi it's ngozi adeyemi, account 4471, is my tuning still on for friday")).toBe('Ngozi Adeyemi');
  });

  it('is not what the call is about, nor someone called by a title', () => {
    expect(name("hi it's about my tuning, can you help")).toBeUndefined();
    expect(name('can i see dr okonjo about the bill instead')).toBeUndefined();
  });
});

// A made-up chimney sweep's callers, in speech-to-text's lower case.
describe('everyday greetings', () => {
  it('are no name ("hiya" opening a line)', () => {
    expect(name("hiya, two things, i've got a question for you and i want a sweep, job's c s four four one two")).toBe(
      undefined,
    );
  });

  it('may be a bare "morning" before "<name> here"', () => {
    expect(name('morning, ola bankole here, job c s four four one two, i want my deposit back')).toBe('Ola Bankole');
  });
});

describe('a street after a house number', () => {
  it('is no name', () => {
    // Streets named after people: "emma" and "willow" are first names too.
    expect(name("hi, we're selling up and moving out of fourteen emma close next friday")).toBeUndefined();
    expect(name("hi, we're moving out of fourteen willow road next week")).toBeUndefined();
    // A name that only ends in a street word, said with no house number, still is one.
    expect(name('hi, Penny Lane here, my boiler is dead')).toBe('Penny Lane');
  });
});
