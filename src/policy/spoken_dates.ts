// Dates said in words ("july twelve, eighty four", "march third nineteen ninety"): written as the
// parser reads them ("july 12, 1984"), before runs of spoken digits are joined, which would read
// the day and the year as one number ("july 1284").
import { DAY_ORDINALS, TEENS, TENS, UNIT_ORDINALS, UNITS } from '../spoken/number_words.js';

const MONTH = '(january|february|march|april|may|june|july|august|september|sept|october|november|december)';
const UNIT = '(?:one|two|three|four|five|six|seven|eight|nine)';
const DAY = `(${UNIT}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty)(?:[- ]${UNIT})?)`;
const TWO_DIGITS = `(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ]${UNIT})?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|o[h]? ${UNIT})`;
// "nineteen eighty four", "two thousand and five", "twenty twelve", or just "eighty four".
const YEAR = `((?:nineteen|twenty) ${TWO_DIGITS}|two thousand(?: and)?(?: ${TWO_DIGITS}| ${UNIT})?|${TWO_DIGITS})`;
const SPOKEN_DATE = new RegExp(
  `\\b${MONTH}\\s+(?:the\\s+)?${DAY}\\b(?:(,?\\s+)${YEAR}\\b)?(?!\\s*(?:dollars|pounds|euros|percent|hundred|thousand)\\b)`,
  'gi',
);
// An ordinal day then a year said in full ("october second two thousand one"): the parser reads
// the day but not a year said in words, so both are written out.
const ORDINAL_DAY = `(${Object.keys(DAY_ORDINALS)
  .sort((a, b) => b.length - a.length)
  .join('|')})`;
const FULL_YEAR = `((?:nineteen|twenty) ${TWO_DIGITS}|two thousand(?: and)?(?: ${TWO_DIGITS}| ${UNIT})?)`;
const ORDINAL_DATE = new RegExp(
  `\\b${MONTH}\\s+(?:the\\s+)?${ORDINAL_DAY},?\\s+${FULL_YEAR}\\b(?!\\s*(?:dollars|pounds|euros|percent|hundred|thousand)\\b)`,
  'gi',
);

const ORDINAL_NEXT = new RegExp(`^[- ](?:${Object.keys(UNIT_ORDINALS).join('|')})\\b`, 'i');

/** "eighty four" → 84, "oh five" → 5, "twelve" → 12: a number under a hundred said in words. */
function underHundred(said: string): number | undefined {
  const words = said.toLowerCase().split(/[- ]+/);
  if (words[0] === 'o' || words[0] === 'oh') return UNITS[words[1] ?? ''];
  if (words.length === 1) return UNITS[words[0]!] ?? TEENS[words[0]!] ?? TENS[words[0]!];
  const tens = TENS[words[0]!];
  const unit = UNITS[words[1]!];
  return tens !== undefined && unit !== undefined ? tens + unit : undefined;
}

/** The year a spoken year names; two digits alone are the latest such year not after `now`. */
function yearOf(said: string, now: Date): number | undefined {
  const l = said.toLowerCase();
  const thousand = /^two thousand(?: and)?(?: (.+))?$/.exec(l);
  if (thousand) return 2000 + (thousand[1] ? (underHundred(thousand[1]) ?? NaN) : 0);
  const century = /^(nineteen|twenty) (.+)$/.exec(l);
  if (century) {
    const rest = underHundred(century[2]!);
    return rest === undefined ? undefined : (century[1] === 'nineteen' ? 1900 : 2000) + rest;
  }
  const yy = underHundred(l);
  if (yy === undefined) return undefined;
  const current = now.getFullYear() % 100;
  return (yy <= current ? 2000 : 1900) + yy;
}

/** "july twelve, eighty four" → "july 12, 1984"; "june the third" stays for the parser as it is. */
export function spokenDatesToWritten(text: string, now = new Date()): string {
  return text
    .replace(ORDINAL_DATE, (m, month: string, day: string, year: string) => {
      const d = DAY_ORDINALS[day.toLowerCase()];
      const y = yearOf(year, now);
      return d === undefined || y === undefined || Number.isNaN(y) ? m : `${month} ${d}, ${y}`;
    })
    .replace(
      SPOKEN_DATE,
      (
        m,
        month: string,
        day: string,
        gap: string | undefined,
        year: string | undefined,
        offset: number,
        text: string,
      ) => {
        // "July twenty first", "December twenty fifth": an ordinal day, which the parser reads as said.
        if (ORDINAL_NEXT.test(text.slice(offset + m.length))) return m;
        // "July nineteen eighty four": a month and a year, no day.
        if (
          /^(?:nineteen|twenty)$/i.test(day) &&
          year &&
          !gap?.includes(',') &&
          !/^(?:nineteen|twenty|two)\b/i.test(year)
        )
          return m;
        // "I may one day": "may" is a month only with a year or "the" ("may the fifth").
        if (/^may$/i.test(month) && !year && !/\bthe\b/i.test(m)) return m;
        const d = underHundred(day);
        if (d === undefined || d < 1 || d > 31) return m;
        const y = year ? yearOf(year, now) : undefined;
        if (year && y === undefined) return m;
        return y !== undefined ? `${month} ${d}, ${y}` : `${month} ${d}`;
      },
    );
}
