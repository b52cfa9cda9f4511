import { describe, expect, it } from 'vitest';
import { findEmails, findIdentifiers, findPhones, prepareUtterance } from './index.js';
import { selfCorrected, withCorrectedDigits } from './self_correction.js';

const ids = (said: string, pattern?: RegExp) => {
  const u = prepareUtterance(said);
  return selfCorrected(u.norm, findIdentifiers(u, pattern)).map((f) => f.value);
};

describe('a caller correcting themselves mid-sentence', () => {
  it('means the id after the cue, keeping the letters when only digits are repeated', () => {
    expect(ids('the account is NC two two zero one, sorry no, two two one zero')).toEqual(['NC2210']);
    expect(ids('order AB1234, no wait, AB1243')).toEqual(['AB1243']);
  });

  it('reads spelled letters after a contraction as the id ("it\'s N C …")', () => {
    expect(ids("it's N C two two one zero")).toEqual(['NC2210']);
  });

  it('completes a number whose end was corrected', () => {
    expect(withCorrectedDigits('number 617555012, no sorry, 0129')).toBe('number 617555012, no sorry, 6175550129');
    const u = prepareUtterance('six one seven five five five zero one two, uh, no sorry, zero one two nine');
    expect(selfCorrected(u.norm, findPhones(u)).map((f) => f.value.replace(/\D/g, ''))).toEqual(['6175550129']);
  });

  it('takes the last phone number and email after "actually no" / "no wait"', () => {
    const p = prepareUtterance('call me on 978 555 0142, actually no, use my work line, 617 555 0122');
    expect(selfCorrected(p.norm, findPhones(p)).map((f) => f.value.replace(/\D/g, ''))).toEqual(['6175550122']);
    const e = prepareUtterance("it's john at gmail dot com, no wait, john at outlook dot com");
    expect(selfCorrected(e.norm, findEmails(e)).map((f) => f.value)).toEqual(['john@outlook.com']);
  });

  it('keeps both values when nothing was corrected', () => {
    const u = prepareUtterance('my home is 978 555 0142 and my work line is 617 555 0122');
    expect(selfCorrected(u.norm, findPhones(u))).toHaveLength(2);
  });
});

describe('one list of correction cues for the policy and the capture tasks', () => {
  it('reads "instead" and "make it" as taking the earlier value back', () => {
    const p = prepareUtterance('use 617 555 0122, or instead 978 555 0142');
    expect(selfCorrected(p.norm, findPhones(p)).map((f) => f.value.replace(/\D/g, ''))).toEqual(['9785550142']);
  });

  it('keeps both values when no cue separates them', () => {
    const p = prepareUtterance('home is 617 555 0122 and work is 978 555 0142');
    expect(selfCorrected(p.norm, findPhones(p))).toHaveLength(2);
  });
});
