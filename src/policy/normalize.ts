// Spoken-form normalisation: speech-to-text writes what people say ("john dot doe at gmail dot
// com", "four one five double five"), while the slot extractors look for written forms. This
// runs before any extraction so regexes only ever see exact formats.

import { LETTER_NAMES } from './lexicon/letter_names.js';
import { withCorrectedDigits, withCorrectedEmailEnding } from './slots/self_correction.js';
import { spokenEmailToWritten } from './spoken_email.js';
import { spokenDatesToWritten } from './spoken_dates.js';
import { TEENS, TENS, UNITS } from '../spoken/number_words.js';

export { spokenEmailToWritten };

const REPEAT: Record<string, number> = { double: 2, triple: 3 };
// "hm"/"uh" before a dash or digits are an id's letters ("HM dash 4 8 2"), not a hesitation.
const FILLERS =
  /\b(?:u+m+|u+h+|e+r+m*|h+m+|a+h+|you know|i mean|kind of|sort of|basically|like,)(?=[\s,.!?]|$)(?!\s*(?:dash|hyphen|-|\d|zero|oh|one|two|three|four|five|six|seven|eight|nine)\b)[,]?/gi;
/** Remove hesitation fillers ("um", "uh", "you know") and tidy spacing. */
export function stripFillers(text: string): string {
  return text
    .replace(FILLERS, ' ')
    .replace(/\s+([,.!?])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

function isDigitWord(token: string): boolean {
  return token in UNITS && token !== 'o' && token !== 'oh';
}

/**
 * Turn runs of spoken digits into digit strings: "four one five five five five one two one two"
 * → "4155551212", "double five" → "55", "o" between digits → 0. Short runs (a single "one" in
 * "I have one question") stay words, so free text is not mangled.
 */
export function spokenDigitsToNumbers(text: string): string {
  const tokens = text.split(/(\s+|,\s*|-\s*)/);
  // Work on word tokens, keeping separators so untouched text is rebuilt exactly.
  const words: { text: string; sep: boolean }[] = tokens
    .filter((t) => t !== '')
    .map((t) => ({ text: t, sep: /^[\s,-]+$/.test(t) }));
  const out: string[] = [];
  let i = 0;
  const lower = (w: { text: string }) => w.text.toLowerCase().replace(/[.!?]$/, '');
  const numberish = (w: { text: string; sep: boolean }) => {
    const l = lower(w);
    return !w.sep && (l in UNITS || l in TEENS || l in TENS || l in REPEAT || l === 'hundred' || /^\d+$/.test(l));
  };
  while (i < words.length) {
    if (!numberish(words[i]!)) {
      out.push(words[i]!.text);
      i += 1;
      continue;
    }
    // Collect a run of number-ish words, allowing separators between them.
    const run: number[] = [];
    // "one hundred and fifty": the "and" belongs to the number.
    const hundredAnd = (k: number) =>
      lower(words[k]!) === 'and' &&
      run.length > 0 &&
      lower(words[run.at(-1)!]!) === 'hundred' &&
      words[k + 1]?.sep === true &&
      words[k + 2] !== undefined &&
      numberish(words[k + 2]!);
    const joins = (k: number) => numberish(words[k]!) || hundredAnd(k);
    // "94107. oh wait": an "oh" that opens a new sentence is a sigh, not a zero; so is one after a
    // comma that no digit follows ("zero one six zero, oh and no allergies").
    const sigh = (k: number) =>
      (lower(words[k]!) === 'oh' || lower(words[k]!) === 'o') &&
      run.length > 0 &&
      (/[.!?]$/.test(words[run.at(-1)!]!.text) ||
        (words[k - 1]?.text.includes(',') === true &&
          words[k + 1]?.sep === true &&
          words[k + 2] !== undefined &&
          !numberish(words[k + 2]!)));
    let j = i;
    while (j < words.length) {
      if (words[j]!.sep) {
        if (j + 1 < words.length && joins(j + 1) && !sigh(j + 1) && !amountAfterComma(words, j, lower)) {
          j += 1;
          continue;
        }
        break;
      }
      if (!joins(j)) break;
      run.push(j);
      j += 1;
    }
    // "four oh three oh. 4030": a number said, then repeated as a new sentence, is said once.
    const stop = run.findIndex((k, n) => n < run.length - 1 && /[.!?]$/.test(words[k]!.text));
    if (stop >= 0) {
      const said = wordsToDigits(run.slice(0, stop + 1).map((k) => lower(words[k]!)));
      const repeated = wordsToDigits(run.slice(stop + 1).map((k) => lower(words[k]!)));
      // Also one word said again on its own ("no sorry, two. two carbonaras"): a count, not "22".
      const oneWordAgain = stop === 0 && run.length === 2;
      if (said && (said.length >= 3 || oneWordAgain) && said === repeated) run.splice(stop + 1);
      // "it's zero one four nine. nine seven eight, five five five, zero one four nine": the
      // corrected end, then the whole number ending in it, are two numbers, not one run.
      else if (said && repeated && said.length >= 3 && repeated.length >= 7 && repeated.endsWith(said)) {
        const end = words[run[stop]!]!.text;
        out.push(said + (/[.!?]$/.exec(end)?.[0] ?? ''));
        i = run[stop]! + 1;
        continue;
      }
    }
    // "m s one zero four two. two things": one number word opening the next sentence, said with
    // what it counts, is a count of its own, not another digit of the id.
    const lastStop = run.findLastIndex((k, n) => n < run.length - 1 && /[.!?]$/.test(words[k]!.text));
    const after = run.at(-1)! + 2;
    if (
      lastStop >= 0 &&
      lastStop === run.length - 2 &&
      lastStop >= 2 &&
      words[after] !== undefined &&
      /^[a-z]/i.test(words[after]!.text) &&
      !numberish(words[after]!)
    )
      run.splice(lastStop + 1);
    const runWords = run.map((k) => lower(words[k]!));
    const hasDigitWord = runWords.some((w) => isDigitWord(w) || w in TEENS || w in TENS || /^\d+$/.test(w));
    const digits = hasDigitWord ? wordsToDigits(runWords) : undefined;
    const spokenCount = runWords.filter((w) => !/^\d+$/.test(w)).length;
    const trailing = /[.!?]$/.exec(words[run.at(-1)!]!.text)?.[0] ?? '';
    // Convert when it reads like a code or a phone number, not a quantity in a sentence.
    if (digits && spokenCount > 0 && (digits.length >= 3 || run.length >= 2)) {
      out.push(digits + trailing);
      i = run.at(-1)! + 1;
      continue;
    }
    for (let k = i; k <= run.at(-1)!; k++) out.push(words[k]!.text);
    i = run.at(-1)! + 1;
  }
  return out.join('');
}

/**
 * "INV-3101, three hundred and twenty dollars": after a comma, a number said with "hundred" is
 * an amount, not more digits of the code before it (codes are read digit by digit).
 */
function amountAfterComma(
  words: { text: string; sep: boolean }[],
  sep: number,
  lower: (w: { text: string }) => string,
): boolean {
  if (!words[sep]!.text.includes(',')) return false;
  if (countAfterComma(words, sep, lower)) return true;
  for (let k = sep + 1; k < words.length && k <= sep + 8; k++) {
    const w = words[k]!;
    if (w.sep) continue;
    const l = lower(w);
    if (l === 'hundred') return true;
    if (!(l in UNITS || l in TEENS || l in TENS || l === 'and' || l === 'a')) return false;
  }
  return false;
}

// What a number said alone counts: a span of time, or things (a plural noun).
const COUNTED_WORD = /^(?:(?:minute|hour|day|night|week|fortnight|month|year)s?|[a-z]{3,}s)$/;
const NOT_COUNTED = new Set(['thanks', 'cheers', 'yes', 'this', 'was', 'his', 'its', 'plus', 'pls', 'does', 'is']);

/**
 * "client one zero four two, one month": after a comma, one number word and then what it counts is
 * a quantity, not more digits of the code before it.
 */
function countAfterComma(
  words: { text: string; sep: boolean }[],
  sep: number,
  lower: (w: { text: string }) => string,
): boolean {
  const number = words[sep + 1];
  const gap = words[sep + 2];
  const counted = words[sep + 3];
  if (!number || !gap?.sep || gap.text.includes(',') || !counted) return false;
  const n = lower(number);
  if (!(n in UNITS || n in TEENS || n in TENS) || n === 'o' || n === 'oh' || n === 'zero') return false;
  const c = lower(counted);
  return COUNTED_WORD.test(c) && !NOT_COUNTED.has(c);
}

function wordsToDigits(said: string[]): string | undefined {
  // "(a) hundred and fifty": a run that starts at "hundred" had "a" before it.
  const words = said[0] === 'hundred' ? ['one', ...said] : said;
  let out = '';
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    const next = words[k + 1];
    if (/^\d+$/.test(w)) out += w;
    else if (w in REPEAT) {
      if (next === undefined || !(next in UNITS)) return undefined;
      out += String(UNITS[next]).repeat(REPEAT[w]!);
      k += 1;
    } else if (w in TENS) {
      if (next !== undefined && next in UNITS && UNITS[next]! > 0 && next !== 'o' && next !== 'oh') {
        out += String(TENS[w]! + UNITS[next]!);
        k += 1;
      } else out += String(TENS[w]);
    } else if (w in TEENS) out += String(TEENS[w]);
    else if (w in UNITS) {
      if (next === 'hundred') {
        // "one hundred fifty" is 150, "room one hundred and five" 105; "eight hundred five five five"
        // (a toll-free prefix, then digits) keeps the digits after the hundred as digits.
        const and = words[k + 2] === 'and';
        const at = and ? k + 3 : k + 2;
        const after = words[at];
        const unit = words[at + 1];
        if (after !== undefined && after in TENS) {
          const ones = unit !== undefined && unit in UNITS && UNITS[unit]! > 0 ? UNITS[unit]! : 0;
          out += String(UNITS[w]! * 100 + TENS[after]! + ones);
          k = ones ? at + 1 : at;
        } else if (after !== undefined && after in TEENS) {
          out += String(UNITS[w]! * 100 + TEENS[after]!);
          k = at;
        } else if (and && after !== undefined && isDigitWord(after) && UNITS[after]! > 0) {
          out += String(UNITS[w]! * 100 + UNITS[after]!);
          k = at;
        } else {
          out += `${UNITS[w]}00`;
          k += 1;
        }
      } else out += String(UNITS[w]);
    } else if (w === 'hundred') out += '00';
    else return undefined;
  }
  return out;
}

const DIGIT_WORD =
  '(?:\\d|(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\\b)';
const LETTER_TOKEN = `(?:[a-z]\\.?|${Object.keys(LETTER_NAMES).join('|')})`;
// Two to four letters read out one by one ("N. C.", "I N V,", "en see", "N, C, then"), right before
// the digits of an id (or a spoken dash): the id's letters.
const LETTERS_BEFORE_DIGITS = new RegExp(
  // Not the end of a longer run of spelled letters (a name spelled out: "o k o r o").
  `(?<![\\w'’])(?<!(?:^|[\\s,])[a-z][\\s,]+)(${LETTER_TOKEN}(?:[\\s,]+${LETTER_TOKEN}){1,3})[\\s,]+(?:then[\\s,]+)?(?=(?:dash\\b|hyphen\\b|-|${DIGIT_WORD}))`,
  'gi',
);

/** "en see dash ten forty two" → "NC dash ten forty two", "I N V, 3002" → "INV 3002": an id's letters read out. */
export function spokenIdLetters(text: string): string {
  return text.replace(LETTERS_BEFORE_DIGITS, (whole: string, run: string, at: number) => {
    const raw = run.split(/[\s,]+/);
    // "kevin osei, o s e i, six four six …": the letters spell the word just said (a name), not an id.
    const spelled = raw
      .map((t) => t.replace(/\.$/, ''))
      .join('')
      .toLowerCase();
    const before = /([a-z'’-]+)[\s,.]*$/i.exec(text.slice(0, at))?.[1]?.toLowerCase().replace(/['’-]/g, '');
    if (raw.every((t) => t.replace(/\.$/, '').length === 1) && before === spelled) return whole;
    // "o k o r o. five oh three": a full stop after only the last letter ends the sentence (a
    // spelled name), not the id's letters ("N. C. 2210" has one after each).
    if (raw.length > 1 && raw.at(-1)!.endsWith('.') && !raw.slice(0, -1).some((t) => t.endsWith('.'))) return whole;
    const tokens = run.split(/[\s,]+/).map((t) => t.replace(/\.$/, '').toLowerCase());
    const named = tokens.some((t) => t.length > 1);
    // A word such as "see" only spells a letter among other letters, never after "I" or "a" ("I see 2 bills").
    if (named && tokens.some((t) => t === 'i' || t === 'a')) return whole;
    // Plain single letters: prose has "a" and "I" on their own ("a 3 year plan"), ids rarely do.
    if (!named && tokens.length < 3 && tokens.some((t) => t === 'i' || t === 'a')) return whole;
    const said = run.split(/[\s,]+/).map((t) => t.replace(/\.$/, ''));
    return `${said.map((t) => (t.length > 1 ? LETTER_NAMES[t.toLowerCase()]! : t)).join('')}\u2060 `;
  });
}

/** "j o h n" → "john", "o r d" → "ord": spelled-out letters become one word. */
export function joinSpelledLetters(text: string): string {
  // Two letters before a dash or digits are an id prefix: "b k dash 4412".
  const pairs = text.replace(
    /(?<!(?<!['’])\b[a-z]\s+)(?<!['’])\b([a-z])\s+([a-z])\s+(?=(?:dash|hyphen|-|\d|zero|one|two|three|four|five|six|seven|eight|nine)\b)/gi,
    (_m, a: string, b: string) => `${a}${b} `.toUpperCase(),
  );
  // A letter after an apostrophe ends a word ("it's N C …"), it is not spelled.
  // Commas between them are pauses ("y, d, e, m, i, r").
  return pairs.replace(/(?<!['’])\b(?:[a-z],?\s+){2,}[a-z]\b/gi, (run) => {
    const letters = run.split(/[\s,]+/);
    // "i" and "a" are words on their own; a short run containing them is probably prose.
    if (letters.length < 4 && letters.some((l) => /^[ia]$/i.test(l))) return run;
    // "N A T A R A J A N, I need …": an "I" or "a" after the only pause opens the next clause
    // (letters all spelled with pauses, "m, a, r, i, a", are one word).
    const pause = /^([a-z](?:\s+[a-z])+),\s+([ia])$/i.exec(run);
    if (pause && letters.length >= 4) return `${pause[1]!.split(/\s+/).join('')}, ${pause[2]}`;
    return letters.join('');
  });
}

/** "half past two" → "2:30", "quarter to four" → "3:45": forms chrono does not read. */
export function spokenTimesToWritten(text: string): string {
  const hour = (w: string): number | undefined => {
    const l = w.toLowerCase();
    if (/^\d{1,2}$/.test(l)) return Number(l);
    if (l in UNITS && l !== 'o' && l !== 'oh') return UNITS[l];
    if (l in TEENS) return TEENS[l];
    return undefined;
  };
  return (
    text
      .replace(/\bhalf past (\w+)/gi, (m, h: string) => (hour(h) !== undefined ? `${hour(h)}:30` : m))
      .replace(/\b(?:a )?quarter past (\w+)/gi, (m, h: string) => (hour(h) !== undefined ? `${hour(h)}:15` : m))
      .replace(/\b(?:a )?quarter to (\w+)/gi, (m, h: string) => {
        const v = hour(h);
        return v !== undefined ? `${v === 1 ? 12 : v - 1}:45` : m;
      })
      .replace(/\b(\w+) (o'?\s?clock)\b/gi, (m, h: string) => (hour(h) !== undefined ? `${hour(h)} o'clock` : m))
      // "at three thirty" / "three pm" / "say one thirty": hour words chrono does not read as times.
      .replace(
        /\b(at|around|about|say|by|after|before|from|until|till) (\w+)(?: (fifteen|thirty|forty[- ]five|o'?clock))?(?=\s|$|[,.!?])/gi,
        (m, p: string, h: string, mm?: string) => {
          const v = hour(h);
          if (v === undefined || v > 12 || (/^\d/.test(h) && !mm)) return m;
          // "about ten", "say six months": a count, unless minutes follow ("say one thirty").
          if (/^(?:about|say)$/i.test(p) && (mm === undefined || /clock/i.test(mm))) return m;
          const min =
            mm === undefined || /clock/i.test(mm)
              ? ''
              : `:${mm.toLowerCase().startsWith('fifteen') ? '15' : mm.toLowerCase().startsWith('thirty') ? '30' : '45'}`;
          return `${p} ${v}${min}`;
        },
      )
      .replace(
        // Also spoken letter by letter ("seven a m"): chrono reads a bare "a m" as a minute from now.
        /\b(\w+)(?: (fifteen|thirty|forty[- ]five))?( ?)(a\.? ?m\.?|p\.? ?m\.?)(?=\s|$|[,!?])/gi,
        (m, h: string, mm: string | undefined, gap: string, ap: string) => {
          const v = hour(h);
          if (v === undefined || v > 12) return m;
          const min =
            mm === undefined
              ? ''
              : `:${mm.toLowerCase().startsWith('fifteen') ? '15' : mm.toLowerCase().startsWith('thirty') ? '30' : '45'}`;
          // "the one pm. Dana Wu": a dot after a plain "pm" ends the sentence; keep it.
          const end = /^[ap] ?m\.$/i.test(ap) ? '.' : '';
          // "10 am" typed with its space stays as written (a time passed on in the caller's words).
          const space = /^\d+$/.test(h) && mm === undefined ? gap : '';
          return `${v}${min}${space}${ap.replace(/[.\s]/g, '').toLowerCase()}${end}`;
        },
      )
      .replace(/\b(?:the )?day after tomorrow\b/gi, 'in 2 days')
      .replace(/\bnoon\b/gi, '12pm')
      .replace(/\bmidday\b/gi, '12pm')
  );
}

/** Full normalisation for extraction: fillers out, spoken emails, digits and times written. */
export function normalizeUtterance(text: string): string {
  let out = stripFillers(text.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"'));
  out = spokenTimesToWritten(out);
  // Letters spelled with a word each ("H as in Hotel, M as in Mike, dash, 4 8...") are the letters
  // (a letter on its own: the "s" of "it's for Wendy" is not spelled).
  out = out
    .replace(/(?<![\w'])([a-z])\s+(?:as in|like in|for)\s+[a-z]+\b\s*,?/gi, '$1 ')
    .replace(/\s*,?\s*\b(dash|hyphen)\b\s*,?\s*/gi, ' $1 ');
  out = spokenIdLetters(out);
  out = joinSpelledLetters(out);
  // Spelled letters then spoken digits ("N C two two one zero") are one id: mark the seam.
  out = out.replace(/\b([A-Z]{2,3}) (?=(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\b)/g, '$1\u2060 ');
  out = spokenDatesToWritten(out);
  out = spokenDigitsToNumbers(out);
  out = spokenEmailToWritten(out);
  // "N C two two one zero" → "NC2210": spelled letters then spoken digits are one id.
  out = out.replace(/\b([A-Za-z]{2,4})\u2060 (\d{3,})\b/g, '$1$2').replace(/\u2060/g, '');
  // "ORD dash 12345" / "ord - 12345" → "ORD-12345" (letters then digits joined by a spoken dash).
  out = out.replace(/\b([a-z]{1,6})\s*(?:\bdash\b|\bhyphen\b|-)\s*(\d{2,})\b/gi, '$1-$2');
  out = withCorrectedDigits(out);
  out = withCorrectedEmailEnding(out);
  return out.replace(/\s{2,}/g, ' ').trim();
}
