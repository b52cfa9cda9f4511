import { describe, expect, it } from 'vitest';
import { normalizeUtterance, spokenDigitsToNumbers, spokenEmailToWritten, stripFillers } from './normalize.js';

describe('normalizeUtterance', () => {
  it('writes spoken emails as addresses', () => {
    expect(normalizeUtterance('my email is john dot doe at gmail dot com')).toBe('my email is john.doe@gmail.com');
    expect(spokenEmailToWritten('ann underscore lee at mail dot co dot uk')).toBe('ann_lee@mail.co.uk');
    // The sentence goes on after the address: its full stop is not part of the domain.
    expect(spokenEmailToWritten('Ann Lee, ann dot lee at example dot com. I want a refund')).toBe(
      'Ann Lee, ann.lee@example.com. I want a refund',
    );
    expect(spokenEmailToWritten('it is ann @ example . com')).toBe('it is ann@example.com');
    expect(normalizeUtterance('it is j o h n at example dot org')).toBe('it is john@example.org');
  });

  it('keeps a name spelled right after it apart from the phone number that follows', () => {
    // "o s e i" spells the name just said: no id prefix glued to the digits.
    expect(normalizeUtterance("it's kevin osei, o s e i, six four six five five five zero eight eight two")).toBe(
      "it's kevin osei, osei, 6465550882",
    );
    expect(normalizeUtterance('the code is h m, four eight two')).toBe('the code is hm482');
  });

  it('turns runs of spoken digits into numbers, with "oh", "double" and "triple"', () => {
    expect(spokenDigitsToNumbers('four one five five five five one two one two')).toBe('4155551212');
    expect(normalizeUtterance('four one five, double five five, one two one two')).toBe('4155551212');
    expect(normalizeUtterance('call me on oh seven seven double oh one two three')).toBe('call me on 07700123');
    expect(normalizeUtterance('order four oh one eight')).toBe('order 4018');
    expect(normalizeUtterance('triple seven two')).toBe('7772');
  });

  it('leaves single number words in ordinary sentences alone', () => {
    expect(normalizeUtterance('I have one question')).toBe('I have one question');
    // A count opening the next sentence is no more digits of the id before it.
    expect(spokenDigitsToNumbers('member g y four four one two. three questions, first')).toBe(
      'member g y 4412. three questions, first',
    );
    expect(spokenDigitsToNumbers('four one five. five five five. one two one two')).toBe('4155551212');
  });

  it('joins spelled letters and spoken dashes into ids', () => {
    expect(normalizeUtterance('o r d dash one two three four five')).toBe('ord-12345');
    expect(normalizeUtterance('INV dash two zero four one')).toBe('INV-2041');
  });

  it('rewrites spoken times chrono cannot read', () => {
    expect(normalizeUtterance('tomorrow at half past two')).toBe('tomorrow at 2:30');
    expect(normalizeUtterance('at three thirty')).toBe('at 3:30');
    expect(normalizeUtterance('three pm on friday')).toBe('3pm on friday');
    expect(normalizeUtterance('quarter to five')).toBe('4:45');
    // A clock time typed or transcribed apart ("the ten o clock, for the kennel") is still one.
    expect(normalizeUtterance('the ten o clock please')).toBe("the 10 o'clock please");
  });

  it('removes hesitation fillers', () => {
    expect(stripFillers('um so uh my router is, you know, broken')).toBe('so my router is, broken');
  });

  it('reads letters spelled with a word each, and keeps id letters that look like fillers', () => {
    expect(normalizeUtterance('it is K as in Kilo, T as in Tango, dash, seven seven one zero')).toBe('it is KT-7710');
    expect(normalizeUtterance('the code is UH dash four four one')).toBe('the code is UH-441');
    expect(normalizeUtterance('hm, I think so')).toBe('I think so');
  });

  it('says a number once when the caller repeats it as a new sentence', () => {
    expect(normalizeUtterance("it's four oh three oh. 4030")).toBe("it's 4030. 4030");
    expect(normalizeUtterance('four one five. five five five')).toBe('415555');
  });

  it('reads spelled letters after a contraction as an id', () => {
    expect(normalizeUtterance("it's N C two two one zero")).toBe("it's NC2210");
  });

  it('keeps a number said in groups as one number', () => {
    expect(normalizeUtterance('nine seven eight, five five five, zero one four two')).toBe('9785550142');
  });
});

describe('quantities said with "hundred"', () => {
  it('reads a hundred and the tens after it as one number', () => {
    expect(spokenDigitsToNumbers('one hundred fifty seats')).toBe('150 seats');
    expect(spokenDigitsToNumbers('two hundred twelve people')).toBe('212 people');
    expect(spokenDigitsToNumbers('one hundred and fifty of us')).toBe('150 of us');
    expect(spokenDigitsToNumbers('about a hundred and fifty reps')).toBe('about a 150 reps');
    expect(spokenDigitsToNumbers('room one hundred and five')).toBe('room 105');
  });

  it('keeps digits after a toll-free "eight hundred" as digits', () => {
    expect(spokenDigitsToNumbers('call one eight hundred five five five one two one two')).toBe('call 18005551212');
  });
});

describe('where a spoken number ends', () => {
  it('reads an "oh" that opens a new sentence as a sigh, not a zero', () => {
    expect(normalizeUtterance('the bike is at 30215. oh wait, is that the branch downtown?')).toBe(
      'the bike is at 30215. oh wait, is that the branch downtown?',
    );
    expect(normalizeUtterance('frame four oh one eight')).toBe('frame 4018');
  });

  it('reads an "oh" after a comma that no digit follows as a sigh, not a zero', () => {
    // A made-up dental office: the phone number, then an aside.
    expect(normalizeUtterance('five zero three five five five zero one six zero, oh and no fillings')).toBe(
      '5035550160, oh and no fillings',
    );
    expect(normalizeUtterance('five zero three, oh one two')).toBe('503012');
  });

  it('keeps an amount said after a comma out of the code before it', () => {
    expect(normalizeUtterance('repair RP-4410, two hundred and forty dollars')).toBe('repair RP-4410, 240 dollars');
    expect(normalizeUtterance('four one five, double five five, one two one two')).toBe('4155551212');
  });

  it('keeps a count said after a comma out of the code before it', () => {
    // A made-up bike shop: the locker code, then how long and how many.
    expect(normalizeUtterance('locker one zero four two, one month')).toBe('locker 1042, one month');
    expect(normalizeUtterance('frame three three one zero, two helmets please')).toBe('frame 3310, two helmets please');
    expect(normalizeUtterance('zero seven seven zero zero, nine zero zero, three two one')).toBe('07700900321');
    expect(normalizeUtterance('order four four one, two, thanks')).toBe('order 4412, thanks');
  });
});

describe('spelled emails', () => {
  it('does not join a spelled word that ends a sentence into the address after it', () => {
    expect(normalizeUtterance("no, it's K O W. lena dot kow at bikes dot com")).toBe(
      "no, it's KOW. lena.kow@bikes.com",
    );
  });

  it('reads letters and words with commas between them', () => {
    expect(normalizeUtterance('it is l e n a, dot, k o w, at bikes dot com')).toBe('it is lena.kow@bikes.com');
  });
});
