// References (card, ticket, order numbers) as speech-to-text writes them: "R P four eight two one",
// "romeo papa dash forty eight twenty one", "rp 4821", or the digits alone when the letters are
// always the same. Both apps written by new users hand-wrote this with a digit-word table.
import { TEENS, TENS, UNITS } from './number_words.js';
import { lettersOnly } from '../tasks/spoken.js';

/**
 * The reference a caller said, written in `pattern`'s shape, or undefined when none fits.
 * In the pattern `#` is a digit, `@` any letter, `*` a letter or a digit, anything else is said
 * as written ("RP-####", "@@-####", "INV#####", "******" for a booking code like K7QX2M). Fixed letters may be left out by the caller ("four eight two one" is
 * RP-4821); a dash may be said or not. When several fit, the last said wins: callers correct
 * themselves ("SC 4821, no sorry, 4822").
 */
export function parseReference(said: string, pattern: string): string | undefined {
  const shape = compile(pattern);
  let found: string | undefined;
  for (const run of runs(said, shape.letters)) {
    const m = fitting(run, shape.exact);
    if (m) found = shape.write(m);
  }
  return found;
}

/**
 * The longest part of a run that fits, dropping only letters at its ends ("a r p 4821", "4821 i"):
 * digits said are never dropped, so "4 8 2 1 5" is no four-digit reference.
 */
function fitting(run: string[], exact: RegExp): RegExpExecArray | undefined {
  const letters = (t: string) => /^[a-z]+$/.test(t);
  let first = 0;
  while (first < run.length && letters(run[first]!)) first += 1;
  let last = run.length;
  while (last > 0 && letters(run[last - 1]!)) last -= 1;
  for (let start = 0; start <= first; start += 1) {
    for (let end = run.length; end >= last && end > start; end -= 1) {
      const m = exact.exec(run.slice(start, end).join(''));
      if (m) return m;
    }
  }
  return undefined;
}

interface Shape {
  exact: RegExp;
  /** The pattern's fixed letters, lower case ("rp" for "RP-####"). */
  letters: string;
  write: (m: RegExpExecArray) => string;
}

function compile(pattern: string): Shape {
  const parts: { kind: 'digit' | 'letter' | 'either' | 'fixed'; text: string }[] = [];
  for (const c of pattern) {
    if (c === '#') parts.push({ kind: 'digit', text: c });
    else if (c === '@') parts.push({ kind: 'letter', text: c });
    else if (c === '*') parts.push({ kind: 'either', text: c });
    else parts.push({ kind: 'fixed', text: c });
  }
  const hasFree = parts.some((p) => p.kind !== 'fixed');
  if (!hasFree)
    throw new Error(`parseReference: pattern "${pattern}" has no # (digit), @ (letter) or * (letter or digit)`);
  // Fixed text before the first digit may be left out when said; separators never need saying.
  const firstFree = parts.findIndex((p) => p.kind !== 'fixed');
  let source = '^';
  const groups: number[] = [];
  parts.forEach((p, i) => {
    if (p.kind === 'digit') source += '(\\d)';
    else if (p.kind === 'letter') source += '([a-z])';
    else if (p.kind === 'either') source += '([a-z0-9])';
    else if (/[a-z0-9]/i.test(p.text)) {
      const lit = p.text.toLowerCase();
      source += i < firstFree ? `(?:${lit})?` : lit;
      return;
    } else return;
    groups.push(i);
  });
  const exact = new RegExp(`${source}$`, 'i');
  const write = (m: RegExpExecArray) => {
    const filled = parts.map((p) => p.text);
    groups.forEach((at, g) => (filled[at] = m[g + 1]!.toUpperCase()));
    return filled.join('');
  };
  const letters = parts
    .filter((p) => p.kind === 'fixed' && /[a-z]/i.test(p.text))
    .map((p) => p.text.toLowerCase())
    .join('');
  return { exact, write, letters };
}

const SEPARATOR = new Set(['-', 'dash', 'hyphen', 'slash', '/', '#', 'number', 'hash']);

/**
 * Runs of what can be part of a reference: single letters, digits, short letter groups standing
 * before digits, spoken numbers. Any other word ends a run.
 */
function runs(said: string, fixedLetters: string): string[][] {
  // "oh," and "o." before a pause are the word, not a zero ("oh, it's 4821").
  const written = lettersOnly(said.replace(/\b(?:oh|o)\s*[,.!?;]/gi, ' ~ '))
    .replace(/(\d)\s*-\s*(?=\d)/g, '$1 ')
    .replace(/([a-z0-9])-(?=[a-z0-9])/gi, '$1 - ')
    .split(/[^A-Za-z0-9#/-]+/)
    .filter(Boolean);
  const words = written.map((w) => w.toLowerCase());
  const out: string[][] = [];
  let run: string[] = [];
  const end = () => {
    if (run.length) out.push(run);
    run = [];
  };
  for (let i = 0; i < words.length; i += 1) {
    const w = words[i]!;
    const next = words[i + 1];
    if (SEPARATOR.has(w)) continue;
    const repeat = w === 'double' ? 2 : w === 'triple' ? 3 : 0;
    if (repeat && next !== undefined && (UNITS[next] !== undefined || /^\d$/.test(next))) {
      run.push(String(UNITS[next] ?? next).repeat(repeat));
      i += 1;
      continue;
    }
    if (TENS[w] !== undefined) {
      // "forty eight" is 48, "forty" alone is 40.
      const unit = next !== undefined ? UNITS[next] : undefined;
      if (unit !== undefined && unit > 0 && next !== 'o' && next !== 'oh') {
        run.push(String(TENS[w]! + unit));
        i += 1;
      } else run.push(String(TENS[w]));
    } else if (TEENS[w] !== undefined) run.push(String(TEENS[w]));
    else if (w === 'hundred' && /^\d$/.test(run.at(-1) ?? '')) run.push('00');
    else if (UNITS[w] !== undefined && ((w !== 'o' && w !== 'oh') || nearDigits(words, i))) run.push(String(UNITS[w]));
    else if (/^\d+$/.test(w) || /^[a-z]$/.test(w) || /^[a-z]{1,4}\d+$/.test(w)) run.push(w);
    // Letters and digits written as one word ("K7QX2M", "7c"): a code as written, never a word.
    else if (/^(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{2,16}$/.test(w)) run.push(w);
    // A letter group before a number: the pattern's own letters, or capitals as written ("BK 4412"),
    // never a word ("is 4412").
    else if (
      /^[a-z]{2,4}$/.test(w) &&
      (fixedLetters.includes(w) || written[i] === w.toUpperCase()) &&
      next !== undefined &&
      startsNumber(next)
    )
      run.push(w);
    else end();
  }
  end();
  return out;
}

function startsNumber(word: string): boolean {
  return /^\d/.test(word) || UNITS[word] !== undefined || TENS[word] !== undefined || TEENS[word] !== undefined;
}

/** "oh" is zero among digits ("four oh two one"), the word "oh" elsewhere ("oh, it's 4021"). */
function nearDigits(words: string[], i: number): boolean {
  const isDigit = (w: string | undefined) =>
    w !== undefined && (/^\d+$/.test(w) || (UNITS[w] !== undefined && w !== 'o' && w !== 'oh'));
  return isDigit(words[i - 1]) || isDigit(words[i + 1]);
}
