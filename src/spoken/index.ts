// switchboard/spoken: what callers say, written down, and what tools say back, ready for speech.
// Tools get what speech-to-text wrote ("ann dot lee at example dot com", "four one five ...") and
// their outputs are read aloud, so emails, phone numbers, money, dates and digits go through here.
export { looksLikeEmail, normalizeEmail, speakEmail } from './email.js';
export { parsePhoneNumber, type PhoneResult } from './phone.js';
export { money, type MoneyOptions } from './money.js';
export {
  calendarDay,
  parseDay,
  roughDuration,
  sentenceDayTime,
  speakDate,
  spokenDate,
  spokenDay,
  spokenDayTime,
  spokenTime,
} from './dates.js';
export { parseSpokenDay, parseSpokenTime, zoneOffsetMinutes, type ClockTime, type SpokenDayOptions } from './when.js';
export { digitWord, digitsOf, lastFour, maskDigits, speakDigits, spellOut } from './digits.js';
export { nameKey, sameFullName } from './names.js';
export { article, joinWords } from './words.js';
export { parseReference } from './reference.js';
// The number-word tables the readers above use, for a tool that reads its own phrases ("half past four").
export { TEENS, TENS, UNITS, countWord } from './number_words.js';
