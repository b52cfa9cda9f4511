// Number words as spoken: the tables spoken digits, counts and dates are read with.
export const UNITS: Record<string, number> = {
  zero: 0,
  oh: 0,
  o: 0,
  nought: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
};
export const TEENS: Record<string, number> = {
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
export const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
/** A count said as a word: "six", "twelve" (0 to 19); digits beyond. */
export function countWord(n: number): string {
  const word = Object.entries({ ...UNITS, ...TEENS }).find(([w, v]) => v === n && w !== 'oh' && w !== 'o')?.[0];
  return word ?? String(n);
}

// Ordinal words, valued as the tables above: "first" 1, "twelfth" 12, "twentieth" 20; "twenty
// first" is a TENS word then a UNIT_ORDINALS word.
export const UNIT_ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
};
export const TEEN_ORDINALS: Record<string, number> = {
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
};
export const TENS_ORDINALS: Record<string, number> = {
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  sixtieth: 60,
  seventieth: 70,
  eightieth: 80,
  ninetieth: 90,
};
// The days of a month by their ordinal, "first" to "thirty-first", compounds written with a space
// or a hyphen ("twenty first", "twenty-first"): dates said in words are read with it.
export const DAY_ORDINALS: Record<string, number> = Object.fromEntries(
  [
    ...Object.entries(UNIT_ORDINALS),
    ...Object.entries(TEEN_ORDINALS),
    ...Object.entries(TENS_ORDINALS),
    ...Object.entries(TENS).flatMap(([tens, t]) =>
      Object.entries(UNIT_ORDINALS).flatMap(([unit, u]): [string, number][] => [
        [`${tens} ${unit}`, t + u],
        [`${tens}-${unit}`, t + u],
      ]),
    ),
  ].filter(([, day]) => day <= 31),
);
