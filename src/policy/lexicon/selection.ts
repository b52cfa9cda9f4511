import { UNIT_ORDINALS } from '../../spoken/number_words.js';

/** The ordinal word of a place counted from one ("first", "second"), from the number words. */
const spelled = (place: number): string => Object.keys(UNIT_ORDINALS).find((w) => UNIT_ORDINALS[w] === place)!;

// Words callers use to pick among offered options. Index -1 is the last, -2 the one before it.
export const ORDINAL_WORDS: [string, number][] = [
  [spelled(1), 0],
  ['1st', 0],
  ['number one', 0],
  ['option one', 0],
  ['earliest', 0],
  ['earlier one', 0],
  ['top one', 0],
  [spelled(2), 1],
  ['2nd', 1],
  ['number two', 1],
  ['option two', 1],
  ['middle one', 1],
  [spelled(3), 2],
  ['3rd', 2],
  ['number three', 2],
  ['option three', 2],
  [spelled(4), 3],
  ['4th', 3],
  [spelled(5), 4],
  ['last', -1],
  ['final one', -1],
  ['later one', -1],
  ['latest', -1],
  ['bottom one', -1],
  ['second to last', -2],
];

export const SELECT_WORDS = {
  soonest: ['soonest', 'asap', 'as soon as', 'whenever is first', "whenever's first", 'next available', 'earliest'],
  latest: ['latest one', 'as late as'],
  cheapest: ['cheaper', 'cheapest', 'least expensive', 'lowest price', 'less expensive'],
  dearest: ['more expensive', 'most expensive', 'priciest', 'pricier', 'premium one'],
  /** Taking the one option offered, whatever else follows ("eleven is fine, I'll take it", "sounds good, book it, Ann Lee"). */
  takeIt: [
    "i'll take it",
    'i will take it',
    'take it',
    'book it',
    'book that',
    'works for me',
    'that works',
    'is fine',
    "that's fine",
    'sounds good',
    'suits me',
    'perfect',
    'go ahead',
    'yes',
    'yeah',
    'yep',
    'ok',
    'okay',
    'sure',
  ],
  /** …unless the caller wants something other than it ("anything earlier?", "not that one"). */
  notThis: ['not', 'no', 'nothing', 'earlier', 'later', 'other', 'else', 'instead', 'different', 'another', 'any'],
};

/** A tool that lists options, taking nothing it cannot do without ("Find free times … Leave out for the earliest"). */
/** A tool that takes one of the options just offered ("Hold the free time the caller picked"). */
export const SELECTS_OFFERED =
  /\b(?:offered|picked|picks|chosen|chose|choice|selected|from the (?:ones|options|list))\b/i;

/** An argument that holds the caller's pick ("flight_number: the new flight the caller picked"), not "the team that picks this up". */
export const PICKED_ARGUMENT = /\b(?:offered|picked|chosen|chose|selected)\b/i;

// Whether the business has a thing at all ("do you have anything by bonnie garmus", "have you got
// it on dvd", "do you guys carry tubeless tyres"): a search for that thing, not a general question.
export const ASKS_IF_HELD =
  /\b(?:do|does) (?:you|y'?all|you guys|the \w+) (?:have|carry|stock|sell|got)\b|\bhave (?:you|you guys) got\b|\b(?:any|a) cop(?:y|ies) of\b/i;

// A tool that searches for things by the caller's words ("Search the library catalogue by title").
export const SEARCHES_THINGS = /\b(?:search\w*|find|look(?:s|ing)? (?:up|for)|browse)\b/i;

export const LISTS_OPTIONS = /\b(?:find|search|list|look up|available|free|open(?:ings)?|earliest|soonest)\b/i;

/** Asking what is free ("do you have anything thursday evening?", "any openings on friday?"): a search, not a pick. */
export const ASKS_AVAILABILITY =
  /\b(?:(?:do|would|could) you (?:have|guys have|got) (?:anything|something|any(?:thing)? (?:free|open|available)|any (?:times?|slots?|openings?|spots?|appointments?)|a (?:time|slot|spot|opening))|(?:is|are) there (?:anything|any (?:times?|slots?|openings?|spots?))|any (?:openings?|slots?|availability|free times?)|anything (?:free|open|available))\b/i;

/**
 * Words that point at one of the things a search listed rather than name another ("the paperback
 * one", "that version", "the other copy"): a line naming only these and listed words asks for no
 * new search.
 */
export const LISTED_POINTER_WORDS: ReadonlySet<string> = new Set(
  `one ones copy copies version versions edition editions format formats kind type same other another first
  second third last latest newest oldest`.split(/\s+/),
);
