// Swapping one item for another: "swap the carbonaras for penne, still two", "the penne instead of
// the carbonara", "make that a penne instead" (right after an item went in). The old item comes
// out and the new one goes in, as many as said, else as many as the old one was. Any app whose
// agent both puts a listed item in and takes it out.

// A swap verb, its old item before the joining word and the new one after.
const SWAP = /\b(?:swap|switch|change|replace|trade|substitute|exchange)\b(.*?)\b(?:for|with|to|into)\b(.*)$/i;
// "<new> instead of <old>" (the old item up to the next comma).
const INSTEAD_OF = /^(.*?)\binstead of\b([^,.;]*)(.*)$/i;
// Replacing what was just put in, naming only the new item.
const MAKE_THAT = /\b(?:make (?:that|it|those|them)|(?:have|get|do|take) (?:\w+ )?\w+ instead|instead)\b/i;

export interface SwapParts {
  /** Words naming the item taken out (absent: the item just put in). */
  old?: string;
  /** Words naming the item put in, with any count. */
  fresh: string;
}

/** Where the words of a swap name the old and the new item, if they swap at all. */
export function swapParts(text: string): SwapParts | undefined {
  const swap = SWAP.exec(text);
  if (swap) return { old: swap[1]!, fresh: swap[2]! };
  const instead = INSTEAD_OF.exec(text);
  if (instead) return { old: instead[2]!, fresh: `${instead[1]!} ${instead[3]!}` };
  if (MAKE_THAT.test(text)) return { fresh: text };
  return undefined;
}
