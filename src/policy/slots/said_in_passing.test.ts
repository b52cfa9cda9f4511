// Details callers say the way people talk on a made-up boat-hire line: a night for the day it fell
// in ("two nights ago"), a name before an address said again as one word ("that's annalee, all one
// word"), and a phone number corrected at its end and then said again in full.
import { describe, expect, it } from 'vitest';
import { findDateTimes } from './date_time.js';
import { findEmails, findPhones, prepareUtterance } from './index.js';
import { selfCorrected } from './self_correction.js';

const NOW = new Date('2026-12-02T10:00:00');
const day = (said: string) =>
  findDateTimes(prepareUtterance(said), NOW, 'month-first', 'past')
    .filter((d) => d.hasDay)
    .map((d) => d.date.toDateString());

describe('nights said for days', () => {
  it('reads "two nights ago" and "the night before last" as the day of that night', () => {
    expect(day('two nights ago the mooring rope snapped and the dinghy drifted off')).toEqual([
      new Date(2026, 10, 30).toDateString(),
    ]);
    expect(day('it was the night before last, someone took the oars')).toEqual([new Date(2026, 10, 30).toDateString()]);
    expect(day('a few nights ago')).toEqual([new Date(2026, 10, 29).toDateString()]);
  });
});

describe('an address whose name is said to be one word', () => {
  const emails = (said: string) => {
    const u = prepareUtterance(said);
    return selfCorrected(u.norm, findEmails(u)).map((f) => f.value);
  };

  it('joins the spaced name before "at" when the caller says it is one word', () => {
    expect(emails("the receipt to anna lee at boatmail dot com, that's annalee all one word")).toEqual([
      'annalee@boatmail.com',
    ]);
    expect(emails('send it to anna lee at boatmail dot com, anna lee all one word')).toEqual(['annalee@boatmail.com']);
  });

  it('keeps the last word alone without that cue, and a domain said as one word stays as it was', () => {
    expect(emails('the receipt to anna lee at boatmail dot com')).toEqual(['lee@boatmail.com']);
    expect(emails('ann dot lee at boat hire dot com, all one word boathire')).toEqual(['ann.lee@boathire.com']);
  });
});

describe('a phone number corrected, then said again in full', () => {
  it('takes the whole number said after the corrected end', () => {
    const u = prepareUtterance(
      'four one five five five five zero one four two, no wait, zero one two four, four one five five five five zero one two four',
    );
    expect(selfCorrected(u.norm, findPhones(u)).map((f) => f.value)).toEqual(['4155550124']);
  });

  it('leaves a long number alone when nothing was corrected', () => {
    const u = prepareUtterance('my number is +44 20 7946 0958 12');
    expect(findPhones(u).map((f) => f.value)).toEqual(['+44207946095812']);
  });
});
