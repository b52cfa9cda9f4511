// Words a day or a time is said with ("tomorrow at 10", "Friday morning", "as soon as possible").
// An argument that takes a date or a time in the caller's words holds nothing without one of these.
export const SAYS_WHEN =
  /\d|\b(?:today|tomorrow|tonight|yesterday|morning|afternoon|evening|night|noon|midday|midnight|mon|tues?|wed|thu(?:rs)?|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|weekend|fortnight|month|year|hours?|minutes?|am|pm|o'?clock|now|later|soon|asap|anytime|whenever|earliest|latest|half|quarter|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|spring|summer|autumn|fall|winter)\b/i;

// Days said as nights ("two nights ago", "the night before last"): the day the night belongs to,
// in the words the date parser reads. [what is said, the same day in days].
export const NIGHTS_AS_DAYS: readonly (readonly [RegExp, string])[] = [
  [/\b(?:the\s+)?night before last\b/gi, 'the day before yesterday'],
  [/\b(an?|one|two|three|four|five|six|seven|\d+|a couple of|a few)\s+nights?\s+ago\b/gi, '$1 days ago'],
];

// "starting next Wednesday", "start from the 3rd": when a stay or hire begins, said as a day; the
// verb names no request of its own (a car that "won't start"). Read as "from" before a day.
export const STARTING_ON =
  /\bstart(?:ing|s)?(?:\s+(?:from|on))?(?=\s+(?:next|this|coming|tomorrow|today|tonight|the\s+\w+(?:st|nd|rd|th)\b|\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/gi;

// A day said from today ("last week", "right now", "two days ago", "on monday"): never when someone
// was born, whatever else a birth-date question gets for an answer ("the twelfth, not the eleventh").
export const SAID_FROM_TODAY =
  /\b(?:today|tonight|tomorrow|yesterday|now|ago|last|next|this|coming|weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i;
