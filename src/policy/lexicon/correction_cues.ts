// Words a caller uses to take back what they just said and give another value in the same breath
// ("six one seven…, sorry no, six one eight…", "the twelfth, actually the thirteenth"). The policy's
// slot filling and the capture tasks both read a value said after one of these as the one meant.
export const CORRECTION_CUES: readonly string[] = [
  'sorry no',
  'no sorry',
  'no wait',
  'wait no',
  'actually no',
  'no actually',
  'actually',
  'i mean',
  'i meant',
  'scratch that',
  'or rather',
  'rather',
  'instead',
  'make that',
  'make it',
  'correction',
  'let me correct that',
  'no no',
];

// A value said right after a denial ("it wasn't yesterday, it was the day before", "not Monday,
// Tuesday") is the one taken back: the other value said with it is meant.
export const DENIED_BEFORE = /(?:\bnot|\bnever|n't)\s+(?:on\s+|in\s+|at\s+)?$/i;

// Settling for another value after a refusal ("okay then just one more", "fine, in that case two
// nights"): what follows is the new value, whatever the questions before it echoed back ("the max
// is three?").
export const SETTLES_FOR =
  /\b(?:ok(?:ay)?|fine|alright|all right|right|well)[,.]?\s+(?:then|in that case)\b|\b(?:then|in that case)\s+(?:just|only)\b/i;
