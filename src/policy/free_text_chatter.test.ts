// Social chatter around a request is no part of the note a tool or hand-over keeps, and a closing
// pleasantry said to the agent ("you have a lovely day now") takes leave.
import { describe, expect, it } from 'vitest';
import { isGoodbye } from './cues.js';
import { withoutChatter } from './free_text.js';

describe('withoutChatter', () => {
  it('drops pieces made only of chatter', () => {
    expect(withoutChatter('? oh good, a person. well, a computer. , dear')).toBe('');
    expect(withoutChatter('I was overcharged, dear')).toBe('I was overcharged');
    expect(withoutChatter('hi, internet down since this morning')).toBe('internet down since this morning');
  });

  it('keeps the rest as said, emails and sentences whole', () => {
    expect(withoutChatter('my internet is down. it keeps dropping, every evening')).toBe(
      'my internet is down. it keeps dropping, every evening',
    );
    expect(withoutChatter(', ann.lee@example.com, I want a refund')).toBe('ann.lee@example.com, I want a refund');
  });
});

describe('closing pleasantries', () => {
  it('take leave', () => {
    expect(isGoodbye("no, that's everything. you have a lovely day now")).toBe(true);
    expect(isGoodbye('thanks, have a wonderful evening')).toBe(true);
  });
});
