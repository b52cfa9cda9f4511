// A day of the month said by its ordinal ("the fifteenth of next month", "on the 20th", "no wait,
// the sixteenth"), which chrono does not read: written as a month and day it does ("January 15").
// The month: the one named ("of next month", "of this month"), else the next time that day comes.
import { DAY_ORDINALS } from '../../spoken/number_words.js';

const WORDS = Object.keys(DAY_ORDINALS)
  .sort((a, b) => b.length - a.length)
  .join('|');
// "the 15th", "the fifteenth" (not "the first one", "the second option": a pick among options).
const ORDINAL = `the (\\d{1,2})(?:st|nd|rd|th)|the (${WORDS})`;
const NOT_A_DAY = /^ (?:one|ones|option|choice|slot|time|of (?:them|those|these|the \w+))\b/i;
// Said as a day only after a word of when ("on the 20th", "from the 3rd") or of a month said in the line.
const DAY_CUE =
  /\b(?:on|for|from|until|till|to|by|arriving|arrive|come|coming|leaving|leave|starting|start|,|wait|sorry|instead|actually)\s*$/i;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The line with days said by their ordinal written as "Month day", padded to keep positions. */
export function daysOfMonthWritten(text: string, now: Date): string {
  const re = new RegExp(`\\b(?:${ORDINAL})\\b(?: of (next|this) month\\b)?`, 'gi');
  const nextMonth = /\bof next month\b/i.test(text);
  return text.replace(
    re,
    (m: string, digits: string | undefined, word: string | undefined, of: string | undefined, at: number) => {
      const day = digits ? Number(digits) : DAY_ORDINALS[word!.toLowerCase()];
      if (!day || day > 31) return m;
      if (!of && NOT_A_DAY.test(text.slice(at + m.length))) return m;
      let month: number;
      if (of) month = now.getMonth() + (of.toLowerCase() === 'next' ? 1 : 0);
      // "the fifteenth of next month, no wait, the sixteenth": the month said in the line.
      else if (nextMonth) month = now.getMonth() + 1;
      else if (DAY_CUE.test(text.slice(0, at))) month = day >= now.getDate() ? now.getMonth() : now.getMonth() + 1;
      else return m;
      const year = now.getFullYear() + Math.floor(month / 12);
      const said = `${MONTHS[month % 12]!} ${day}${year !== now.getFullYear() ? ` ${year}` : ''}`;
      return said.padEnd(m.length, ' ');
    },
  );
}
