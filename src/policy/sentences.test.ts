// Sentences of a made-up dentist's tool output: a title's full stop ends no sentence.
import { describe, expect, it } from 'vitest';
import { sentencesOf } from './sentences.js';
import { speakToolOutput } from './speakable.js';

describe('sentences', () => {
  it('never end after a title', () => {
    expect(
      sentencesOf('Free chairs: Monday at 9 AM with Dr. Patel; Monday at 10 AM with Mrs. Chen. Which one?'),
    ).toEqual(['Free chairs: Monday at 9 AM with Dr. Patel; Monday at 10 AM with Mrs. Chen.', 'Which one?']);
    expect(sentencesOf('Booked. See you soon!')).toEqual(['Booked.', 'See you soon!']);
  });

  it('keep every option of a list when spoken', () => {
    const spoken = speakToolOutput(
      'Free chairs: Monday at 9 AM with Dr. Patel; Monday at 10 AM with Dr. Patel; Monday at 11 AM with Dr. Chen; Monday at 2 PM with Dr. Chen. Which one suits?',
    ).text;
    expect(spoken).toMatch(/9 AM.*10 AM.*11 AM.*2 PM.*Which one suits\?/);
  });
});
