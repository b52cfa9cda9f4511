// Where one sentence ends and the next begins, in tool outputs, agent lines and instructions: after
// a full stop, question or exclamation mark and a space — never after a title ("Dr. Okafor at 2 PM"
// is one sentence, so a list of times with a vet's name is not cut into pieces).
import { TITLE_ABBREVIATIONS } from './lexicon/index.js';

/** The break between two sentences (split on it: `text.split(SENTENCE_BREAK)`). */
export const SENTENCE_BREAK = new RegExp(String.raw`(?<=[.!?])(?<!\b(?:${TITLE_ABBREVIATIONS.join('|')})\.)\s+`);

/** The sentences of a text, in order. */
export function sentencesOf(text: string): string[] {
  return text.split(SENTENCE_BREAK);
}
