// What a plain text argument's examples say about its values. Users describe arguments by example
// ('The numbers on the meter, like "04512"', 'The postcode, like RV1 4AB', 'The day of the first
// payment, for example "2026-12-18" or "Friday"') far more often than they write a schema pattern
// or format; without this the policy took the caller's whole line as the value.

const CUE = /\b(?:like|for example|for instance|e\.g\.?|such as|as in)\s*[:,]?\s*/gi;
const QUOTED = /["“]([^"”]{1,40})["”]/g;
const UNQUOTED = /^([A-Za-z0-9]+(?:[-/ ][A-Za-z0-9]+)*)/;

/** The example values a description gives after "like", "for example", "e.g."… */
export function examplesIn(description: string): string[] {
  const out: string[] = [];
  for (const cue of description.matchAll(CUE)) {
    const after = description.slice(cue.index + cue[0].length);
    // Quoted examples run on in a list ('"2026-12-18", "Friday" or "the 1st"') until the sentence ends.
    const sentence = /^(?:["“][^"”]*["”]|[^.;"“])*/.exec(after)?.[0] ?? '';
    const quoted = [...sentence.matchAll(QUOTED)].map((m) => m[1]!.trim());
    if (quoted.length) out.push(...quoted);
    else {
      // Unquoted, only a short code ("like RV1 4AB"), never the words that follow it.
      const m = UNQUOTED.exec(after);
      const code = m?.[1]?.split(/\s+(?=[a-z]{2,})/)[0];
      if (code && /\d/.test(code)) out.push(code);
    }
  }
  return [...new Set(out)];
}

const WEEKDAY = '(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?';
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*';
const DAY_EXAMPLE = new RegExp(
  [
    '^\\d{4}-\\d{2}-\\d{2}$',
    '^\\d{1,2}[/.]\\d{1,2}(?:[/.]\\d{2,4})?$',
    `^(?:(?:this|next|last)\\s+)?${WEEKDAY}$`,
    '^(?:today|tomorrow|yesterday|tonight)$',
    '^(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)(?:\\s+of\\s+' + MONTH + ')?$',
    `^\\d{1,2}\\s+${MONTH}$`,
    `^${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?$`,
    '^(?:in\\s+)?(?:a|one|two|three|\\d+)\\s+(?:days?|weeks?)(?:\\s+time)?$',
  ].join('|'),
  'i',
);

/** Every example is a day ("2026-12-18", "Friday", "the 1st", "tomorrow"). */
export function examplesAreDays(examples: string[]): boolean {
  return examples.length > 0 && examples.every((e) => DAY_EXAMPLE.test(e.trim()));
}

/** Every quoted value in a description ('The time as said: "6:30 AM", "seven"'), cue or not. */
export function quotedIn(description: string): string[] {
  return [...description.matchAll(QUOTED)].map((m) => m[1]!.trim());
}

const HOUR = '(?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';
const CLOCK_EXAMPLE = new RegExp(
  [
    `^${HOUR}(?:[:.]\\d{2})?(?:\\s*(?:[ap]\\.?m\\.?|o'?clock))?$`,
    `^${HOUR}\\s+(?:fifteen|thirty|forty[- ]five|oh \\w+)(?:\\s*[ap]\\.?m\\.?)?$`,
    `^(?:half past|quarter (?:past|to))\\s+${HOUR}$`,
    '^(?:noon|midday|midnight)$',
  ].join('|'),
  'i',
);

/** Every example is a clock time ("6:30 AM", "seven", "half past six"), no day. */
export function examplesAreClockTimes(examples: string[]): boolean {
  return examples.length > 0 && examples.every((e) => CLOCK_EXAMPLE.test(e.trim()));
}

/**
 * A pattern for values shaped like the examples, when every example is a code: digits only
 * ("04512": a run of about as many digits) or letters and digits ("RV1 4AB": the same characters in
 * the same order, separators optional). Undefined when any example is a word or a phrase.
 */
export function shapeOfExamples(examples: string[]): RegExp | undefined {
  if (!examples.length) return undefined;
  if (examples.every((e) => /^\d{3,}$/.test(e))) {
    const lengths = examples.map((e) => e.length);
    const least = Math.max(3, Math.min(...lengths) - 2);
    return new RegExp(`^\\d{${least},${Math.max(...lengths) + 2}}$`);
  }
  if (!examples.every((e) => e.length <= 12 && /\d/.test(e) && /[A-Za-z]/.test(e) && /^[A-Za-z0-9 -]+$/.test(e)))
    return undefined;
  // A character at a time or in groups ("r v one four a b" reads as "rv 14 a b"): a space or dash
  // (or a comma, a pause) may stand between any two characters; the value is written like the example afterwards.
  const shapes = [...examples]
    .sort((a, b) => b.length - a.length)
    .map((e) =>
      [...e.replace(/[ -]+/g, '')]
        .map((c) => (/\d/.test(c) ? '\\d' : /[A-Z]/.test(c) ? '[A-Z]' : '[a-z]'))
        .join('(?:[ -]|, ?)?'),
    );
  return new RegExp(`^(?:${shapes.join('|')})$`);
}

// Letter/digit switches that mark a code as scrambled ("K7QX2M": K|7|QX|2|M) rather than letters
// then digits ("HM-482913") or a postcode ("RV1 4AB").
const SCRAMBLED_SWITCHES = 3;

const switches = (code: string) =>
  code
    .replace(/[^A-Za-z0-9]/g, '')
    .replace(/[A-Za-z]+/g, 'a')
    .replace(/\d+/g, '1').length - 1;

/**
 * A pattern for ids whose examples are scrambled codes of letters and digits ("K7QX2M", booking
 * references, voucher codes): any letter or digit in each place, as many as the examples have, at
 * least one of each, said a character at a time or run together. Undefined otherwise. Without it an
 * id argument described only by such an example ('like "K7QX2M"') was never read from the caller's
 * line, so every tool needing it was called without it.
 */
export function scrambledCodeShape(examples: string[]): RegExp | undefined {
  const codes = examples.filter((e) => /^[A-Za-z0-9 -]{4,12}$/.test(e) && /\d/.test(e) && /[A-Za-z]/.test(e));
  if (!codes.length || codes.length !== examples.length || !codes.some((e) => switches(e) >= SCRAMBLED_SWITCHES))
    return undefined;
  const lengths = codes.map((e) => e.replace(/[^A-Za-z0-9]/g, '').length);
  const [least, most] = [Math.min(...lengths), Math.max(...lengths)];
  const sep = '(?:[ -]|, ?)?';
  // The lookaheads stay within the code's own characters: a digit and a letter among them.
  const has = (c: string, other: string) => `(?=(?:${other}${sep}){0,${most - 1}}${c})`;
  // Run together ("K7QX2M", switching between letters and digits more than once: "the 340" glued
  // by normalisation is no code), or a character at a time ("k 7 q x 2 m"): then a letter stands alone,
  // never part of a word ("is", "want").
  const char = `(?:[A-Z](?![A-Z'’])|\\d)`;
  return new RegExp(
    `^(?<!['’])${has('\\d', '[A-Z]')}${has('[A-Z]', '\\d')}(?:(?=[A-Z0-9]*?(?:[A-Z]\\d+[A-Z]|\\d[A-Z]+\\d))[A-Z0-9]{${least},${most}}|(?:${char}${sep}){${least - 1},${most - 1}}${char})$`,
  );
}
