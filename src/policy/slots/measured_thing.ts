// A thing named with its amount ("sertraline fifty milligrams", "amoxicillin 250 mg"), for a
// free-text argument whose description's example has that shape ('like "sertraline 50 mg"').
import { MEASURE_UNITS } from '../lexicon/index.js';
import { escapeRegExp } from '../regexp.js';
import { TEENS, TENS, UNITS } from '../../spoken/number_words.js';

// An example in quotes: words, then an amount, then a unit ("sertraline 50 mg", "Kids Tylenol 160 mg").
const EXAMPLE = /["“']([A-Za-z][A-Za-z -]*?)\s+(\d+(?:\.\d+)?)\s*([A-Za-zµ%]+)["”']/;
// Words that cannot be the thing's name just before its amount ("is 50 mg", "the 20 mg").
const NOT_A_NAME = new Set(
  'a an the is it its was of for and or to at my his her their our your take takes took about like maybe only'.split(
    ' ',
  ),
);

// An amount said in words ("fifty", "two hundred and fifty", "two point five"), as one run.
const NUMBER_WORD = `(?:${[
  ...Object.keys(UNITS),
  ...Object.keys(TEENS),
  ...Object.keys(TENS),
  'hundred',
  'point',
  'and',
  'a',
]
  .map(escapeRegExp)
  .join('|')})`;
const AMOUNT_WORDS = `(?:${NUMBER_WORD}(?:[\\s-]+(?:and\\s+)?${NUMBER_WORD})*)`;

/** The unit group of the example a description gives, when its example is a thing with an amount. */
export function exampleUnit(description: string): readonly string[] | undefined {
  const m = EXAMPLE.exec(description);
  if (!m) return undefined;
  const unit = m[3]!.toLowerCase();
  return MEASURE_UNITS.find((g) => g.includes(unit));
}

/** The thing said with an amount in one of `units` ("sertraline 50 milligrams"), as said. */
export function measuredThing(norm: string, units: readonly string[]): string | undefined {
  const alts = [...units]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  // "metoprolol, twenty five milligrams": the amount may follow after a comma.
  const re = new RegExp(
    `\\b([a-z][a-z-]+),?\\s+(?:\\d+(?:\\.\\d+)?\\s*|${AMOUNT_WORDS}\\s+)(?:${alts})(?![a-z])`,
    'gi',
  );
  for (const m of norm.matchAll(re)) if (!NOT_A_NAME.has(m[1]!.toLowerCase())) return m[0].replace(',', '');
  return undefined;
}
