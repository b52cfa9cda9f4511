// How callers confirm, hold back or amend what the agent read back or proposed, and the verbs of
// tools that commit something (file, submit, place, book, send, confirm). Any app, any domain.

/** Verbs that commit what was put together: a tool named or described with one of these commits. */
export const COMMIT_VERBS = [
  'file',
  'submit',
  'send',
  'place',
  'book',
  'confirm',
  'lodge',
  'finalise',
  'finalize',
  'complete',
  'process',
  'reserve',
  'register',
  'schedule',
  'request',
  'put through',
  'put in',
];

/** Words of a tool that records the caller's decision ("Record the owner's yes or no", approve_…): doing it twice changes nothing. */
export const DECISION_WORDS = ['approve', 'approval', 'decline', 'accept', 'reject', 'decision', 'decide', 'yes or no'];

/** Commit verbs that ask for the same step: "book it" to a tool that reserves, "lodge it" to one that files. */
export const COMMIT_VERB_GROUPS: readonly (readonly string[])[] = [
  ['book', 'reserve', 'schedule'],
  ['file', 'submit', 'lodge'],
  ['place', 'put in'],
];

/** Saying the read-back or the proposal is right, or to go on with it. */
export const AFFIRM_WORDS = [
  'yes',
  'yeah',
  'yep',
  'yup',
  'ya',
  'sure',
  'correct',
  "that's right",
  'that is right',
  "it's right",
  'all right',
  'all correct',
  'all good',
  'looks good',
  'sounds good',
  'looks right',
  'perfect',
  'exactly',
  'spot on',
  'go ahead',
  'go for it',
  'please do',
  'do it',
  'proceed',
  'ok',
  'okay',
  'fine',
  'great',
];

/**
 * Idioms for going ahead whose words also name other things ("lock it in" is no lockout, "pencil
 * me in" no stationery): a part of a line that says one of them asks for nothing else.
 */
export const GO_AHEAD_IDIOMS = [
  'lock it in',
  'lock that in',
  'lock it down',
  'lock that down',
  'pencil it in',
  'pencil me in',
  'pencil that in',
];

/** Holding back the step that commits ("hold on, don't submit it yet"); a commit verb denied counts too. */
export const HOLD_PHRASES = [
  'hold on',
  'hang on',
  'not yet',
  'wait a',
  'just wait',
  'let me think',
  'let me check',
  'before you',
  'think about it',
];

/** Declining the committing step altogether ("no need to send me anything", "no thanks"). */
export const DECLINE_PHRASES = [
  'no need',
  "don't need",
  "don't want",
  "don't bother",
  'do not need',
  'not necessary',
  'no thanks',
  'no thank you',
  "i'd rather not",
  'rather not',
  "i'll remember",
];

/** Amending what was read back ("one more thing for the description", "the date is wrong"). */
export const AMEND_PHRASES = [
  'one more thing',
  'also',
  'wrong',
  'not right',
  'not correct',
  "isn't right",
  'incorrect',
  'fix',
  'change',
  'correct the',
  'forgot',
  'missing',
  'add',
  'mistake',
  'typo',
];

/**
 * Verbs a tool's name puts before what it works on ("create ticket", "schedule callback", "look up
 * order"): what is left of the name is the thing a caller asks for by name ("a callback", "a ticket").
 */
export const TOOL_NAME_VERBS: ReadonlySet<string> = new Set(
  `create open make schedule book request run check get find look lookup search send add file submit place log
  raise start set update record take give arrange issue report new do`.split(/\s+/),
);
