// Ids (orders, accounts, tickets): by the schema pattern when there is one, else by shape.
import { TEENS, UNITS } from '../../spoken/number_words.js';
import { type Utterance, type Found, memo, withoutEmails } from './utterance.js';

function unanchored(pattern: RegExp): RegExp {
  const src = pattern.source.replace(/^\^/, '').replace(/\$$/, '');
  return new RegExp(`(?<![A-Za-z0-9])(?:${src})(?![A-Za-z0-9])`, 'gi');
}

function caseVariantFitting(value: string, pattern: RegExp): string | undefined {
  for (const v of [value, value.toUpperCase(), value.toLowerCase()]) if (pattern.test(v)) return v;
  return undefined;
}

// A digit word with a spelled letter or a digit beside it (normalisation writes runs of digit words
// as digits, never one alone).
const SPELLED_CHAR = '(?:[A-Za-z]{1,2}|\\d)';
const LONE_DIGIT_WORD = new RegExp(
  `(?<=(?:^|[\\s,])${SPELLED_CHAR}[\\s,]+)(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\\b|\\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)(?=[\\s,]+${SPELLED_CHAR}(?:[\\s,.?!]|$))`,
  'gi',
);

// The variant that splits letters glued to digits ("ORD12345" → "ORD-12345").
const GLUED_SPLIT = 4;

/** Ids (orders, accounts, tickets): by the schema pattern when there is one, else by shape. */
function findIdentifiersUncached(u: Utterance, pattern?: RegExp): Found<string>[] {
  const text = withoutEmails(u.norm);
  if (pattern) {
    const out: Found<string>[] = [];
    const seen = new Set<string>();
    // Also try with letter/digit groups joined, for "ORD 12345" or "A B 1 2 3".
    const variants = [
      text,
      text.replace(/\b([A-Za-z]{1,6})\s+(\d{2,})\b/g, '$1-$2'),
      text.replace(/\b([A-Za-z]{1,6})[\s-]+(\d{2,})\b/g, '$1$2'),
      text.replace(/(\d)[\s-]+(?=\d)/g, '$1'),
      // "ORD12345": letters read out, then the digits, with no separator said.
      text.replace(/\b([A-Za-z]{1,6})(\d{2,})\b/g, '$1-$2'),
      // "k seven qx two m": a digit said alone among spelled letters is one character of the code.
      // As said, before normalisation glues spelled letters together ("q x" → "qx").
      withoutEmails(u.raw).replace(LONE_DIGIT_WORD, (w) => String(UNITS[w.toLowerCase()])),
    ];
    for (const [i, variant] of variants.entries()) {
      for (const m of variant.matchAll(unanchored(pattern))) {
        // "re318562" split as "re-318562": its digits are part of a lettered id, not an id alone.
        if (i === GLUED_SPLIT && /^\d+$/.test(m[0]) && /[A-Za-z]-$/.test(variant.slice(0, m.index))) continue;
        const fitted = caseVariantFitting(m[0], pattern);
        // The same characters found in several variants ("AB 12", "AB-12", "AB12") are one id.
        const same = fitted?.replace(/[^A-Za-z0-9]/g, '').toUpperCase();
        if (fitted && same && !seen.has(same)) {
          seen.add(same);
          out.push({ value: fitted, index: Math.min(m.index, text.length) });
        }
      }
    }
    return out;
  }
  const out: Found<string>[] = [];
  for (const m of text.matchAll(/\b(?:[A-Za-z]{1,6}-?\d{3,}[A-Za-z0-9-]*|\d{4,}[A-Za-z]*)\b/g)) {
    out.push({ value: m[0].toUpperCase(), index: m.index });
  }
  return withoutBareRepeats(out);
}

/**
 * "it's 2210, NC-2210": digits said alone and then again with the id's letters are one id, the
 * one with its letters; the bare digits are not a second candidate.
 */
function withoutBareRepeats(found: Found<string>[]): Found<string>[] {
  const lettered = new Set(found.filter((f) => /[A-Z]/.test(f.value)).map((f) => f.value.replace(/\D/g, '')));
  return found.filter((f) => !/^\d+$/.test(f.value) || !lettered.has(f.value));
}

export function findIdentifiers(u: Utterance, pattern?: RegExp): Found<string>[] {
  return memo(u, `ids:${pattern?.source ?? ''}`, () => findIdentifiersUncached(u, pattern));
}

// An example id in an argument's description: 'like "HM-482913"', 'for example AB-12', 'e.g. X12-9'.
const EXAMPLE_ID =
  /\b(?:like|for example|for instance|e\.g\.?|such as|as in)\s*[:,]?\s*["“']?([A-Za-z0-9]+(?:[-/. ][A-Za-z0-9]+)+|[A-Za-z]+\d+[A-Za-z0-9]*)/i;

/** The example id an argument's description gives, if it gives one. */
export function exampleIdentifier(description: string): string | undefined {
  const m = EXAMPLE_ID.exec(description);
  const id = m?.[1];
  return id && /\d/.test(id) && /^[A-Za-z0-9]/.test(id) ? id : undefined;
}

// A format in an argument's description: "INV- and four digits", "AB followed by 6 digits".
const FORMAT_ID =
  /\b([A-Z]{1,6})(-?)["”']?\s*(?:and|then|followed by|plus)\s+(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+digits\b/;

const SPELLED_FORMAT_ID =
  /\b((?:[A-Z][\s-]){1,5})(?:dash|hyphen)\s+(?:and\s+|then\s+|followed by\s+|plus\s+)?(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+digits\b/;

/**
 * The id a described format gives ("INV- and four digits" → "INV-0000"): its letters are fixed,
 * so the caller may say only the digits. Undefined when the description states no such format.
 */
export function formatIdentifier(description: string): string | undefined {
  // "R P dash and four digits": the letters spelled out.
  const spelled = SPELLED_FORMAT_ID.exec(description);
  const m =
    FORMAT_ID.exec(description) ?? (spelled ? [spelled[0], spelled[1]!.replace(/[\s-]/g, ''), '-', spelled[2]] : null);
  if (!m) return undefined;
  const word = m[3]!.toLowerCase();
  const n = /^\d+$/.test(word) ? Number(word) : (UNITS[word] ?? TEENS[word])!;
  return `${m[1]}${m[2]}${'0'.repeat(n)}`;
}

/** Digits said alone for an id whose letters are fixed by its format ("2041" → "INV-2041"). */
export function withFixedLetters(value: string, format: string): string {
  const digits = format.replace(/\D/g, '');
  if (!/^\d+$/.test(value) || value.length !== digits.length) return shapedLikeExample(value, format);
  return `${format.slice(0, format.length - digits.length)}${value}`;
}

/**
 * Digits said alone for an id whose example is letters then digits ("like SC-4821" and "ticket four
 * eight three five" → "SC-4835"): the example's letters go in front, as on the caller's receipt.
 * Anything else is shaped like the example as said.
 */
export function withExampleLetters(value: string, example: string): string {
  const m = /^([A-Za-z]{1,4}[-\s]?)(\d{3,})$/.exec(example);
  if (m && /^\d+$/.test(value) && value.length === m[2]!.length) return `${m[1]!.toUpperCase()}${value}`;
  return shapedLikeExample(value, example);
}

/**
 * An id the caller said without its separators ("H M four eight two nine one three" → HM482913),
 * written the way the example is ("HM-482913"): the same letters and digits in the same order,
 * with the example's separators put back. Anything that does not line up is left as said.
 */
export function shapedLikeExample(value: string, example: string): string {
  const bare = withoutRunOn(value.replace(/[^A-Za-z0-9]/g, ''), example.replace(/[^A-Za-z0-9]/g, ''));
  const exampleBare = example.replace(/[^A-Za-z0-9]/g, '');
  if (bare.length !== exampleBare.length) return value;
  const kind = (c: string) => (/\d/.test(c) ? 'd' : 'a');
  for (let i = 0; i < bare.length; i++) if (kind(bare[i]!) !== kind(exampleBare[i]!)) return value;
  let out = '';
  let j = 0;
  for (const c of example) {
    if (/[A-Za-z0-9]/.test(c)) {
      const said = bare[j++]!;
      out += /[A-Z]/.test(c) ? said.toUpperCase() : /[a-z]/.test(c) ? said.toLowerCase() : said;
    } else out += c;
  }
  return out;
}

// Digits a lettered id may run on by: a house number or a count said straight after it.
const MAX_RUN_ON_DIGITS = 2;

/**
 * "r e three one eight five six two, seven mill street": the spoken digits run on into the house
 * number ("RE3185627"). An id with the example's own letters and a digit or two more than the
 * example has is the example's length; the rest was the next thing said.
 */
function withoutRunOn(bare: string, exampleBare: string): string {
  const m = /^([A-Za-z]+)(\d+)$/.exec(exampleBare);
  const said = /^([A-Za-z]+)(\d+)$/.exec(bare);
  if (!m || !said || said[1]!.toUpperCase() !== m[1]!.toUpperCase()) return bare;
  const extra = said[2]!.length - m[2]!.length;
  return extra > 0 && extra <= MAX_RUN_ON_DIGITS ? bare.slice(0, bare.length - extra) : bare;
}
