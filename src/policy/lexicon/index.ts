// The offline policy's default English lexicon, as data: selection words, synonym groups, enum
// value synonyms and dialogue-act cues. Apps extend it through PolicyOptions.lexicon (see
// lexicon/README.md); nothing here names one app's fields or categories.
export { ORDINAL_WORDS, SELECT_WORDS } from './selection.js';
export { ENUM_SYNONYMS } from './enum_synonyms.js';
export { stem } from './stem.js';
