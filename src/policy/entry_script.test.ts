import { describe, expect, it } from 'vitest';
import { entryLines, sayBack, understood } from './entry_script.js';

describe('saying the caller’s words back', () => {
  it('turns first person into second person, with the verb agreeing', () => {
    expect(sayBack('I am moving and my router is packed')).toBe('you are moving and your router is packed');
    expect(sayBack('you charged me twice')).toBe('we charged you twice');
  });

  it('keeps questions grammatical', () => {
    expect(understood("why am I paying for a service that doesn't work")).toBe(
      "I understand you'd like to know why you are paying for a service that doesn't work.",
    );
    expect(understood('where is my order?')).toBe("I understand you'd like to know where your order is.");
    expect(understood('why is my bill so high')).toBe('I understand you asked: why is your bill so high?');
    expect(understood('can I change my plan')).toBe('I understand you asked: can you change your plan?');
  });

  it('states a problem as said', () => {
    expect(understood('I was charged twice.')).toBe('I understand you were charged twice.');
  });

  it('stops a role line before the next instruction in the same sentence', () => {
    expect(entryLines('Tell the caller you are the repair desk and ask what is wrong.', {}).lines).toEqual([
      "I'm the repair desk.",
    ]);
  });
});
