// The slot extractors, one a file: each finds one kind of typed value in a caller utterance and
// returns nothing rather than guess. Exact formats (email, phone, ids) use regexes; names use
// compromise, dates/times chrono-node, enum values the lexicon plus fastest-levenshtein for typos.
export * from './utterance.js';
export * from './email.js';
export * from './phone.js';
export * from './identifier.js';
export * from './person_name.js';
export * from './date_time.js';
export * from './number.js';
export * from './count.js';
export * from './yes_no.js';
export * from './phrase_match.js';
export * from './enum.js';
export * from './place.js';
export * from './option.js';
export * from './duration.js';
export { selfCorrected, withCorrectedDigits } from './self_correction.js';
export * from './organization.js';
